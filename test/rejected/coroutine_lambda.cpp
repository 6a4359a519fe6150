// A coroutine lambda has no ASL_ASYNC function to lower into a machine.
#include <asl/task.h>

asl::Event tick;

int use() {
  auto lambda = []() -> asl::Task<int> {
    co_await tick;
    co_return 1;
  };
  return asl::sync_wait(lambda());
}
// expect-error: 7:17: error: coroutine lambdas are not supported; move the body
//   into an ASL_ASYNC function
