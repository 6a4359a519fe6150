// A class awaited through an operator co_await it inherits, whose
// get_awaiter() would come from two different bases: `x.get_awaiter()` is
// ambiguous in C++17, so the lowered output has nothing to call (the
// operator co_await natively found is in one base only). An inherited
// get_awaiter() found in one base lowers (inputs/inherited_get_awaiter.cpp).
#include <asl/task.h>

struct Pause {
  bool await_ready() { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() { return 1; }
};

struct Delay {
  Pause get_awaiter() const { return Pause{}; }
  Pause operator co_await() const { return Pause{}; }
};
struct Other {
  Pause get_awaiter() const { return Pause{}; }
};
struct Both : Delay, Other {};

ASL_ASYNC asl::Task<int> run() { co_return co_await Both{}; }
// expect-error: 23:53: error: type 'Both' is awaited through operator
//   co_await, which C++17 cannot name; give it a get_awaiter() member
//   returning the awaiter (and declare operator co_await only when
//   __cpp_impl_coroutine is defined)
