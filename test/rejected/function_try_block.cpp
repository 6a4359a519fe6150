// An async function whose body is a function-try-block: its handlers are
// outside the braces the lowering moves into the machine.
#include <asl/task.h>

ASL_ASYNC asl::Task<int> body() try {
  co_return 1;
} catch (...) {
  co_return -1;
}
// expect-error: 5:26: error: an async function whose body is a
//   function-try-block is not supported yet; put a try block inside the
//   braces instead
