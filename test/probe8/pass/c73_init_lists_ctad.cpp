// c73: initializer lists and class template argument deduction with
// awaits: a map from pairs of awaits, std::pair and std::tuple by CTAD,
// structured bindings of them, std::max of an initializer list of awaits.
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


#include <algorithm>

ASL_ASYNC asl::Task<int> app() {
  std::map<std::string, int> m{{co_await word("a"), co_await later(1)},
                               {"b", co_await now(2)}};
  auto [x, y] = std::pair{co_await later(3), co_await word("y")};
  std::tuple t{co_await now(4), 5.5, co_await word("z")};
  auto &[t0, t1, t2] = t;
  t0 += co_await later(10);
  int mx = std::max({co_await later(7), co_await now(9), 8});
  int mn = std::min({co_await later(7), co_await now(9), 8});
  std::vector<std::pair<int, std::string>> pairs{
      {co_await later(1), "one"}, {2, co_await word("two")}};
  std::printf("m=%zu %d %d x=%d y=%s t=%d %.1f %s mx=%d mn=%d p=%s\n",
              m.size(), m["a"], m["b"], x, y.c_str(), t0, t1, t2.c_str(),
              mx, mn, pairs[1].second.c_str());
  co_return mx + mn + t0;
}

int main() { std::printf("r=%d\n", drive(app())); }
