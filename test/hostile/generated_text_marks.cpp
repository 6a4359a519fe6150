// The bytes async-lower marks generated text with, in a comment inside an
// async function: refused with a located error, never misread as marks.
#include <asl/task.h>

ASL_ASYNC asl::Task<int> f() {
  // </asl> <asl 0>
  co_return 1;
}
