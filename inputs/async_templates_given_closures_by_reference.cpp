// Checks async function templates given a closure by reference: a
// forwarding reference given a coroutine lambda held in a local of a
// coroutine (F is `add_closure &`, its named closure), of a coroutine
// lambda inside it, and of main (a lambda that is no coroutine), given a
// const one (F is `const add_closure &`), and `F &f`. Nothing after the
// file's code can name those closures, so the machines are generic over F,
// and spell the closure `std::decay_t<F>`, while the body's `F` still
// names the parameter.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <utility>

asl::RunLoop loop;

ASL_ASYNC asl::Task<int> twice(int x) {
  co_await loop.schedule();
  co_return 2 * x;
}

template <class F> ASL_ASYNC asl::Task<int> call(F &&f) {
  int r = co_await f(1);
  co_return r + 1;
}

// A copy of the closure kept across an await: its type is the closure's.
template <class F> ASL_ASYNC asl::Task<int> call_copy(F &&f, int x) {
  auto copy = f;
  co_await loop.schedule();
  int r = co_await std::forward<F>(f)(x);
  co_return r + co_await copy(x);
}

template <class F> ASL_ASYNC asl::Task<int> call_const(F &&f) {
  co_return co_await f(3);
}

template <class F> ASL_ASYNC asl::Task<int> call_ref(F &f) {
  co_return co_await f(4);
}

ASL_ASYNC asl::Task<int> outer() {
  int base = 10;
  auto add = [&base](int x) -> asl::Task<int> { co_return base + x; };
  const auto &same = add;
  int a = co_await call(add);
  int b = co_await call_copy(add, 5);
  int c = co_await call_const(same);
  int d = co_await call_ref(add);
  std::printf("outer: %d %d %d %d\n", a, b, c, d);
  auto nested = [&base](int y) -> asl::Task<int> {
    auto plus = [y](int x) -> asl::Task<int> { co_return x + y; };
    int r = co_await call(plus);
    co_return r + base;
  };
  co_return a + b + c + d + co_await nested(100);
}

int main() {
  auto plain = [](int x) { return twice(x); };
  std::printf("total %d\n", loop.run([] { return outer(); }));
  std::printf("main: %d\n", loop.run([&] { return call(plain); }));
  std::printf("copy: %d\n", loop.run([&] { return call_copy(plain, 7); }));
}
