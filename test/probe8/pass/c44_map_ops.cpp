// c44: std::map/unordered-like operations with awaited keys and values:
// emplace, try_emplace, operator[] on both sides, at() with +=, erase by
// an awaited key, find with an awaited key compared to end().
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a moved-from Tr is silent, so extra moves do not show.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// later(v) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
ASL_ASYNC asl::Task<int> now(int v) {
  std::printf("now %d\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<std::string> word(std::string s) {
  std::printf("word %s\n", s.c_str());
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return s;
}
ASL_ASYNC asl::Task<bool> flag(const char *tag, bool b) {
  std::printf("flag %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return b;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}


ASL_ASYNC asl::Task<int> app() {
  std::map<std::string, int> m;
  m.emplace(co_await word("a"), co_await later(1));
  m.try_emplace(co_await word("b"), co_await now(2));
  m[co_await word("c")] = m[co_await word("a")] + co_await later(10);
  m.at(co_await word("b")) += co_await later(5);
  auto [it, inserted] = m.insert({co_await word("a"), 99});
  std::printf("inserted=%d it=%s:%d\n", inserted, it->first.c_str(),
              it->second);
  if (m.find(co_await word("zz")) == m.end())
    std::printf("no zz\n");
  m.erase(co_await word("a"));
  std::map<int, std::vector<std::string>> groups;
  for (int i = 0; i < 4; ++i)
    groups[co_await later(i % 2)].push_back(co_await word(
        std::string(1, static_cast<char>('p' + i))));
  int sum = 0;
  for (auto &[k, v] : m) {
    std::printf("%s=%d\n", k.c_str(), v);
    sum += v;
  }
  for (auto &[g, names] : groups) {
    std::printf("group %d:", g);
    for (auto &n : names)
      std::printf(" %s", n.c_str());
    std::printf("\n");
  }
  co_return sum;
}

int main() { std::printf("sum=%d\n", drive(app())); }
