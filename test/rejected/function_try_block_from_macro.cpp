// An async function whose function-try-block a macro writes, or whose
// body's braces: the lowering moves the body's text from where `try` (or
// the opening brace) and the last handler's (or the body's) closing brace
// are written, which would move the macro's name alone (a body written out
// is lowered, and a macro inside one).
#include <asl/task.h>

#define GUARDED try

ASL_ASYNC asl::Task<int> body() GUARDED {
  co_return 1;
} catch (...) {
  co_return -1;
}
// expect-error: 10:33: error: an async function whose function-try-block a
//   macro writes (its 'try' or its last handler's closing brace) is not
//   supported; write them out

#define BODY                                                                   \
  { co_return 2; }

ASL_ASYNC asl::Task<int> braces() BODY
// expect-error: 22:35: error: an async function whose body's opening or
//   closing brace a macro writes is not supported; write the braces out
