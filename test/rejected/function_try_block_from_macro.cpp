// An async function whose function-try-block a macro writes: the lowering
// moves the body's text from where `try` and the last handler's closing
// brace are written, which would move the macro's name alone (a
// function-try-block written out is lowered, and a macro inside one).
#include <asl/task.h>

#define GUARDED try

ASL_ASYNC asl::Task<int> body() GUARDED {
  co_return 1;
} catch (...) {
  co_return -1;
}
// expect-error: 9:33: error: an async function whose function-try-block a
//   macro writes (its 'try' or its last handler's closing brace) is not
//   supported; write them out
