// c25: when_all of a tuple (structured binding), of a vector, with a void
// task, when_any of a vector and a tuple, an exception in when_all.
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


ASL_ASYNC asl::Task<void> tick(int n) {
  co_await later(n);
  std::printf("tick %d\n", n);
}

ASL_ASYNC asl::Task<int> boom(int n) {
  co_await later(n);
  throw std::runtime_error("boom" + std::to_string(n));
}

ASL_ASYNC asl::Task<int> app() {
  // Each task is made first: the order of a call's arguments is not
  // specified, and g++ and clang differ.
  auto t1 = later(1);
  auto t2 = word("two");
  auto t3 = tick(3);
  auto [a, s, v] =
      co_await asl::when_all(std::move(t1), std::move(t2), std::move(t3));
  (void)v;
  std::printf("a=%d s=%s\n", a, s.c_str());
  std::vector<asl::Task<int>> ts;
  for (int i = 0; i < 4; ++i)
    ts.push_back(i % 2 ? later(i * 10) : now(i));
  std::vector<int> all = co_await asl::when_all(std::move(ts));
  int sum = 0;
  for (int x : all)
    sum += x;
  std::vector<asl::Task<int>> race;
  race.push_back(later(5));
  race.push_back(now(6));
  auto first = co_await asl::when_any(std::move(race));
  std::printf("any index %zu value %d\n", first.index, first.value);
  auto w = word("w");
  auto l8 = later(8);
  auto var = co_await asl::when_any(std::move(w), std::move(l8));
  std::printf("variant index %zu\n", var.index());
  try {
    auto b1 = boom(1);
    auto [x, y] = co_await asl::when_all(std::move(b1), later(2));
    std::printf("no %d %d\n", x, y);
  } catch (const std::exception &e) {
    std::printf("when_all threw %s\n", e.what());
  }
  co_return sum + a;
}

int main() { std::printf("r=%d\n", drive(app())); }
