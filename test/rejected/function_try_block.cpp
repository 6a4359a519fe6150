// An async function whose body is a function-try-block is refused: the
// lowering keeps the body as the text between its braces, and this body
// has none. A try block around the whole body is lowered instead.
#include <asl/task.h>

ASL_ASYNC asl::Task<int> one() { co_return 1; }

ASL_ASYNC asl::Task<int> body() try {
  co_return co_await one();
} catch (...) {
  co_return -1;
}
// expect-error: 8:26: error: function-try-block on an async function
