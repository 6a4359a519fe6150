// An init-capture is evaluated by the async function that creates the
// lambda; an await there is not lowered yet, and is refused rather than
// left as `co_await` in the C++17 output. Found by the probe
// (await_in_lambda_init_capture).
#include <asl/task.h>

ASL_ASYNC asl::Task<int> two() { co_return 2; }

ASL_ASYNC asl::Task<int> run() {
  auto over = [lim = co_await two()](int e) { return e >= lim; };
  co_return over(3);
}
// expect-error: 10:22: error: co_await in a lambda's init-capture is not
//   supported yet
