// Generic coroutine lambdas directly inside async function templates:
// capturing by reference (locals the outer machine lifts) and by copy (a
// parameter), kept across the outer function's awaits, each called with
// several argument types, so that the lambda has several specializations
// in each specialization of the template; an 'auto &&' parameter given an
// lvalue and an rvalue; one invoked at once in an await's operand; and
// generic lambdas calling one another. Each template is instantiated with
// int and double.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <string>
#include <utility>

// pause(tag) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}
ASL_ASYNC asl::Task<void> pause(const char *tag) {
  std::printf("  pause %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}

ASL_ASYNC asl::Task<int> g(int x) {
  co_await pause("g");
  co_return x * 2;
}

// By reference a lifted local, by copy a parameter; kept across the outer
// awaits, called with int, double and long.
template <class T> ASL_ASYNC asl::Task<T> gather(T base) {
  T total = base;
  auto add = [&total, base](auto x) -> asl::Task<T> {
    co_await pause("add");
    total = total + static_cast<T>(x) + base;
    co_return total;
  };
  co_await pause("gather");
  T a = co_await add(1);
  T b = co_await add(2.5);
  T c = co_await add(3L);
  std::printf("  gather %g %g %g\n", static_cast<double>(a),
              static_cast<double>(b), static_cast<double>(c));
  co_return total;
}

// The example of the issue: [&], awaiting another async function.
template <class T> ASL_ASYNC asl::Task<int> issue(T n) {
  auto f = [&](auto x) -> asl::Task<int> {
    co_return co_await g(static_cast<int>(x)) + static_cast<int>(n);
  };
  int r = co_await f(1);
  r += co_await f(2.0);
  co_await pause("issue");
  r += co_await f('\3');
  co_return r;
}

// By copy everything ([=], mutable: the copies live in the closure and
// change across calls); an 'auto &&' parameter, given an lvalue and an
// rvalue; a lambda invoked at once in an await's operand.
template <class T> ASL_ASYNC asl::Task<T> copies(T seed) {
  auto bump = [=](auto &&by) mutable -> asl::Task<T> {
    co_await pause("bump");
    seed = seed + static_cast<T>(by);
    co_return seed;
  };
  int one = 1;
  T x = co_await bump(one);
  x = x + co_await bump(2.0);
  x = x + co_await [seed](auto scale, int extra) -> asl::Task<T> {
    co_await pause("once");
    co_return static_cast<T>(seed * scale) + static_cast<T>(extra);
  }(2, 1);
  co_return x;
}

// One generic lambda calls another; both capture by reference.
template <class T> ASL_ASYNC asl::Task<T> chained(T start) {
  T acc = start;
  auto inner = [&acc](auto v) -> asl::Task<T> {
    co_await pause("inner");
    acc = acc + static_cast<T>(v);
    co_return acc;
  };
  auto outer = [&inner](auto v, auto w) -> asl::Task<T> {
    T first = co_await inner(v);
    co_return first + co_await inner(w);
  };
  T r = co_await outer(1, 2.5);
  r = r + co_await outer(3L, 4);
  co_return r;
}

int main() {
  std::printf("gather<int> = %d\n", drive(gather(10)));
  std::printf("gather<double> = %g\n", drive(gather(0.5)));
  std::printf("issue<int> = %d\n", drive(issue(10)));
  std::printf("issue<long> = %d\n", drive(issue(20L)));
  std::printf("copies<int> = %d\n", drive(copies(1)));
  std::printf("copies<double> = %g\n", drive(copies(0.25)));
  std::printf("chained<int> = %d\n", drive(chained(1)));
  std::printf("chained<double> = %g\n", drive(chained(0.5)));
}
