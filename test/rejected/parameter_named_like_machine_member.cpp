// A parameter named like a member of the state machine the runtime calls:
// the machine keeps each parameter in a field of the parameter's own name.
#include <asl/task.h>

asl::Event ready;

ASL_ASYNC asl::Task<int> run(int builder_) {
  co_await ready;
  co_return builder_;
}
// expect-error: 7:34: error: parameter 'builder_' has the name of a member
//   the state machine needs; rename it
