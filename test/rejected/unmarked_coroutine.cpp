// A coroutine that is not marked ASL_ASYNC could not appear in C++17 output.
#include <asl/task.h>

asl::Task<int> forgotten() { co_return 1; }
// expect-error: 4:16: error: coroutine 'forgotten' is not marked ASL_ASYNC; the
//   C++17 output cannot contain co_await
