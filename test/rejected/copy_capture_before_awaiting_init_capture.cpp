// An array captured by copy before an init-capture that awaits is copied
// when the closure is built, natively before the await. Other captures by
// copy are made in a field before the await and the closure's member moved
// from it; an init-capture cannot move an array, so this one is refused.
#include <asl/task.h>

ASL_ASYNC asl::Task<int> two() { co_return 2; }

ASL_ASYNC asl::Task<int> run() {
  int x[2] = {1, 2};
  auto sum = [x, n = co_await two()] { return x[0] + n; };
  co_return sum();
}
// expect-error: 11:15: error: a lambda that captures the array 'x' by copy
//   before an init-capture that awaits; not supported yet (natively the copy
//   is made before the co_await)
