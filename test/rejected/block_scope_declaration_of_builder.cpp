// A block-scope declaration in an async body of a variable named like the
// state machine's member builder_: it stays in the body, where the
// statements the lowering adds after it (`builder_.set_result(...)`) would
// find it instead of the machine's member.
#include <asl/task.h>

asl::Event ev(true);

ASL_ASYNC asl::Task<int> f() {
  co_await ev;
  extern int builder_;
  co_return builder_;
}

int builder_ = 4;
// expect-error: 11:14: error: a declaration of 'builder_' in the body would
//   hide the state machine's member of that name, which the lowered body
//   uses; declare it outside the function
