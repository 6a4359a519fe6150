// A syntax error is reported by clang itself, located; nothing is written.
#include <asl/task.h>

ASL_ASYNC asl::Task<int> broken() {
  int x = ;
  co_return x;
}
// expect-error: 5:11: error: expected expression
