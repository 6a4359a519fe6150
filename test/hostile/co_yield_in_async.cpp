// Hostile input: co_yield in an ASL_ASYNC function (Task has no
// yield_value, so this is an error natively too).
#include <asl/task.h>

ASL_ASYNC asl::Task<int> yields() {
  co_yield 1;
  co_return 2;
}
