// An async function in a namespace that has a namespace of its own named
// asl: the state machine names the runtime as `asl::...`, which would find
// app::asl there (probe11's finding 6).
#include <asl/task.h>

#include <cstdio>

::asl::Event ev(true);

namespace app {
namespace asl { // the application's own "asl" (a logger)
inline void log(const char *m) { std::printf("log %s\n", m); }
} // namespace asl
ASL_ASYNC ::asl::Task<int> run() {
  asl::log("start");
  co_await ev;
  co_return 5;
}
} // namespace app
// expect-error: 14:28: error: 'app::asl' hides the runtime's namespace asl,
//   which the state machine names as 'asl::'; rename it, or define the
//   async function outside its scope
