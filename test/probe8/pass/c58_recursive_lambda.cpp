// c58: recursion through a std::function holding a coroutine lambda, and a
// memoized async Fibonacci whose table is a lifted local passed by pointer.
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


ASL_ASYNC asl::Task<long> fib(int n, std::map<int, long> *memo) {
  if (n < 2)
    co_return n;
  if (auto it = memo->find(n); it != memo->end())
    co_return it->second;
  if (n % 10 == 0)
    co_await later(n);
  long v = co_await fib(n - 1, memo) + co_await fib(n - 2, memo);
  memo->emplace(n, v);
  co_return v;
}

ASL_ASYNC asl::Task<long> app() {
  std::map<int, long> memo;
  long f = co_await fib(60, &memo);
  std::function<asl::Task<int>(int)> count;
  count = [&count](int n) -> asl::Task<int> {
    if (n == 0)
      co_return 0;
    int below = co_await count(n - 1);
    if (n % 4 == 0)
      co_await later(n);
    co_return below + n;
  };
  int c = co_await count(12);
  std::printf("fib=%ld memo=%zu count=%d\n", f, memo.size(), c);
  co_return f % 1000 + c;
}

int main() { std::printf("r=%ld\n", drive(app())); }
