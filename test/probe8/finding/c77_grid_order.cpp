// c77: a two-dimensional array indexed by awaits on both sides of an
// assignment (right operand first, then E1[E2] left to right), a lambda
// called in a condition next to an await, nested E1[E2][E3] reads.
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


ASL_ASYNC asl::Task<int> at(const char *what, int v) {
  std::printf("at %s\n", what);
  co_await later(v);
  co_return v;
}

ASL_ASYNC asl::Task<int> app() {
  int grid[3][3] = {};
  grid[co_await at("r1", 1)][co_await at("c1", 2)] = co_await at("v1", 5);
  grid[co_await at("r2", 2)][co_await at("c2", 0)] +=
      grid[co_await at("r3", 1)][co_await at("c3", 2)] * 2;
  int x = 3;
  if ([&] { return x > 2; }() && co_await flag("and", true))
    grid[0][0] = 1;
  if ([&] { return x > 5; }() || co_await flag("or", false))
    grid[0][0] = -1;
  std::vector<std::vector<int>> vv{{1, 2}, {3, 4}};
  int got = vv[co_await at("i", 1)][co_await at("j", 0)];
  for (auto &row : grid)
    std::printf("%d %d %d\n", row[0], row[1], row[2]);
  co_return got + grid[2][0];
}

int main() { std::printf("r=%d\n", drive(app())); }
