// An await inside an if condition is a hard shape the tool does not lower yet.
#include <asl/task.h>

ASL_ASYNC asl::Task<bool> ready() { co_return true; }

ASL_ASYNC asl::Task<int> check() {
  if (co_await ready())
    co_return 1;
  co_return 0;
}
// expect-error: 7:7: error: co_await inside an expression or a condition is not supported yet
