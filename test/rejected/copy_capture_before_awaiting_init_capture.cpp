// An array captured by copy before an init-capture that awaits is copied
// when the closure is built, natively before the await. The lowering copies
// it into a field before the await, and the function that makes the closure
// copies that field again, which only trivially copyable elements cannot
// tell (an init-capture cannot move an array): an array of strings is
// refused.
#include <asl/task.h>

#include <string>

ASL_ASYNC asl::Task<int> two() { co_return 2; }

ASL_ASYNC asl::Task<int> run() {
  std::string x[2] = {"a", "b"};
  auto sum = [x, n = co_await two()] { return int(x[0].size()) + n; };
  co_return sum();
}
// expect-error: 15:15: error: a lambda that captures the array 'x', whose
//   elements are not trivially copyable, by copy before an init-capture that
//   awaits; not supported yet (natively the copy is made before the co_await)
