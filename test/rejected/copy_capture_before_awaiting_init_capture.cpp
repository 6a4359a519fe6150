// A capture by copy written before an init-capture that awaits copies its
// variable when the closure is built, natively before the await; the
// lowered lambda would copy it after the await, and see what the await
// changed. Refused (an init-capture, `x = x`, says the same and is lowered).
#include <asl/task.h>

ASL_ASYNC asl::Task<int> two() { co_return 2; }

ASL_ASYNC asl::Task<int> run() {
  int x = 1;
  auto sum = [x, n = co_await two()] { return x + n; };
  co_return sum();
}
// expect-error: 11:15: error: a lambda that captures 'x' by copy before an
//   init-capture that awaits; not supported yet (natively the copy is made
//   before the co_await): capture it with an init-capture instead
