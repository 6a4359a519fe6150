// c37: coroutine lambdas inside an async function: capturing lifted locals
// by reference, called several times, kept in a vector, one returned from a
// helper lambda invoked at once, a generic one.
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
  int total = 0;
  std::string prefix = "p";
  auto step = [&](int v) -> asl::Task<int> {
    int got = co_await later(v);
    total += got;
    prefix += std::to_string(got);
    co_return got * 2;
  };
  int a = co_await step(1);
  int b = co_await step(2) + co_await step(3);
  std::printf("a=%d b=%d total=%d prefix=%s\n", a, b, total,
              prefix.c_str());
  std::vector<std::function<asl::Task<int>()>> jobs;
  for (int i = 0; i < 3; ++i)
    jobs.push_back([i]() -> asl::Task<int> {
      co_await later(10 + i);
      co_return i * i;
    });
  int s = 0;
  for (auto &j : jobs)
    s += co_await j();
  auto twice = [](auto v) -> asl::Task<decltype(v + v)> {
    co_await later(0);
    co_return v + v;
  };
  double d = co_await twice(1.25);
  int e = co_await twice(21);
  int f = co_await [&]() -> asl::Task<int> {
    co_return total + co_await now(1);
  }();
  std::printf("s=%d d=%.2f e=%d f=%d\n", s, d, e, f);
  co_return s + e + f;
}

int main() { std::printf("r=%d\n", drive(app())); }
