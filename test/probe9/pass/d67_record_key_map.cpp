// d67: a C# record-like key type with operator< used as a map key;
// try_emplace and lookups with awaited keys; the map of vectors grows
// across awaits.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <any>
#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
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


struct Key {
  std::string ns;
  int id;
  bool operator<(const Key &o) const {
    return ns != o.ns ? ns < o.ns : id < o.id;
  }
};
ASL_ASYNC asl::Task<Key> key_of(int i) {
  co_return Key{i % 2 ? "odd" : "even", co_await later(i % 3)};
}

ASL_ASYNC asl::Task<int> app() {
  std::map<Key, std::vector<int>> groups;
  for (int i = 0; i < 6; ++i) {
    auto [it, fresh] = groups.try_emplace(co_await key_of(i));
    it->second.push_back(i * co_await now(2));
    std::printf("%s/%d %s\n", it->first.ns.c_str(), it->first.id,
                fresh ? "new" : "old");
  }
  int n = 0;
  for (const auto &[k, vs] : groups)
    for (int v : vs)
      n = n * 3 + v + (co_await later(k.id));
  co_return n % 100000;
}

int main() { std::printf("%d\n", drive(app())); }
