// An async function in a namespace that has a nested namespace named
// asl (the application's own, say a logger; the body names the runtime as
// ::asl). The lowered code names the runtime as asl::relocatable,
// asl::event_awaiter, asl::place, ... (not ::asl::), which inside app
// find app::asl.
// Expected: "log start", "log resumed", "5". Got: g++ "'relocatable' is
// not a member of 'app::asl'" and more; clang++-19 likewise.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
static ::asl::Event ev;
namespace app {
namespace asl {            // the application's own "asl" (say, a logger)
inline void log(const char *m) { std::printf("log %s\n", m); }
} // namespace asl
ASL_ASYNC ::asl::Task<int> f() {
  asl::log("start");
  co_await ev;
  asl::log("resumed");
  co_return 5;
}
} // namespace app
int main() {
  ::asl::Task<int> t = app::f();
  ev.set();
  std::printf("%d\n", ::asl::sync_wait(std::move(t)));
}
