// c08: range-for whose range expression awaits (a temporary vector, a map),
// an init-statement that awaits, bodies that await, break/co_return inside.
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


ASL_ASYNC asl::Task<std::vector<Tr>> names(int n) {
  std::vector<Tr> v;
  v.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i)
    v.emplace_back("n" + std::to_string(co_await later(i)));
  co_return v;
}

ASL_ASYNC asl::Task<std::map<std::string, int>> table() {
  co_await later(50);
  co_return std::map<std::string, int>{{"a", 1}, {"b", 2}, {"c", 3}};
}

ASL_ASYNC asl::Task<int> find(std::string key) {
  for (auto &[k, v] : co_await table()) {
    if (k == key)
      co_return v * co_await now(10);
  }
  co_return -1;
}

ASL_ASYNC asl::Task<int> app() {
  int total = 0;
  for (const Tr &t : co_await names(3)) {
    std::printf("got %s\n", t.n.c_str());
    total += co_await later(static_cast<int>(t.n.size()));
  }
  std::printf("loop1 done\n");
  for (auto v = co_await names(2); Tr &t : v) {
    if (t.n == "n1")
      break;
    t.n += "x";
    std::printf("mod %s\n", t.n.c_str());
  }
  total += co_await find("b") + co_await find("z");
  for (int x : {co_await later(7), co_await now(8)})
    total += x;
  co_return total;
}

int main() { std::printf("total=%d\n", drive(app())); }
