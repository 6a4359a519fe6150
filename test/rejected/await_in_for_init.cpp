// An await in a for-init statement is not lowered yet.
#include <asl/task.h>

ASL_ASYNC asl::Task<int> start() { co_return 1; }

ASL_ASYNC asl::Task<int> count() {
  int total = 0;
  for (int i = co_await start(); i < 3; ++i)
    total += i;
  co_return total;
}
// expect-error: 8:16: error: co_await in a for-init or loop condition variable is not supported yet
