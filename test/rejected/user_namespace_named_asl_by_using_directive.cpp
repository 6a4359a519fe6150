// An async function where a using-directive brings a namespace named asl
// of the program's into scope: the program writes `::asl::`, but the
// state machine names the runtime as `asl::...`, which is ambiguous there
// (the runtime's ::asl and the program's app::asl).
#include <asl/task.h>

#include <cstdio>

::asl::Event ev(true);

namespace app {
namespace asl { // the application's own "asl" (a logger)
inline void log(const char *m) { std::printf("log %s\n", m); }
} // namespace asl
} // namespace app

namespace svc {
using namespace app;
ASL_ASYNC ::asl::Task<int> run() {
  co_await ev;
  co_return 5;
}
} // namespace svc
// expect-error: 19:28: error: the using-directive at line 18 brings
//   'app::asl' into scope, so the name asl is ambiguous where the state
//   machine names the runtime as 'asl::'; rename it, or remove the
//   using-directive
