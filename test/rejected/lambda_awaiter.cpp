// An awaiter whose type holds a lambda cannot be a field of the machine:
// C++17 has no way to name the lambda's type outside the function.
#include <asl/task.h>

template <class F> struct Act {
  F f;
  bool await_ready() { return true; }
  template <class Handle> void await_suspend(Handle) {}
  int await_resume() { return f(); }
};
template <class F> Act<F> act(F f) { return {f}; }

ASL_ASYNC asl::Task<int> run() {
  int x = co_await act([] { return 1; });
  co_return x;
}
// expect-error: 14:11: error: the awaiter's type contains a lambda's closure
//   type, which the state machine cannot name; not supported yet
