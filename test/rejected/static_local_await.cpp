// A static local's initializer runs once, on the first call, await
// included; the lowering would spill the await in front of the declaration
// and run it on every call, so it is refused.
#include <asl/task.h>

ASL_ASYNC asl::Task<int> one() { co_return 1; }

ASL_ASYNC asl::Task<int> first_value() {
  static int first = co_await one();
  co_return first;
}
// expect-error: 9:22: error: co_await in the initializer of a static or
//   thread_local local is not supported yet
