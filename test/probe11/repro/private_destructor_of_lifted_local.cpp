// A local of a class whose destructor is private, living across an await
// in an async function the class befriends. The tool befriends the
// machine too, but the machine destroys its lifted objects through
// asl::destroy (runtime/include/asl/builder.h), which is no friend.
// Expected: "+S 3", "-S 3", "3". Got: g++ "'S::~S()' is private within
// this context" (builder.h:135); clang++-19 likewise.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
static asl::Event ev;
class S {
  friend asl::Task<int> f();
  int v;
  explicit S(int x) : v(x) { std::printf("+S %d\n", v); }
  ~S() { std::printf("-S %d\n", v); }
};
ASL_ASYNC asl::Task<int> f() {
  S s(3);
  co_await ev;
  co_return s.v;
}
int main() {
  asl::Task<int> t = f();
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
