// An await in the init-statement of an if is not lowered yet.
#include <asl/task.h>

ASL_ASYNC asl::Task<int> next() { co_return 2; }

ASL_ASYNC asl::Task<int> check() {
  if (int n = co_await next(); n > 1)
    co_return n;
  co_return 0;
}
// expect-error: 7:15: error: co_await in the init-statement of an if or switch is not supported yet
