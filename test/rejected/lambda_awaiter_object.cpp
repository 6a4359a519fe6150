// An awaiter whose type holds a lambda is built on the heap and held through
// asl::erased_awaiter; one that the operand names (an lvalue) is used where
// it is, and the machine would need a pointer of a type it cannot name.
#include <asl/task.h>

template <class F> struct Act {
  F f;
  bool await_ready() { return true; }
  template <class Handle> void await_suspend(Handle) {}
  int await_resume() { return f(); }
};
template <class F> Act<F> act(F f) { return {f}; }

static auto shared = act([] { return 1; });
static auto &awaiter() { return shared; }

ASL_ASYNC asl::Task<int> run() {
  int x = co_await awaiter();
  co_return x;
}
// expect-error: 18:11: error: the type of the awaiter object contains a
//   lambda's closure type, which the state machine cannot name; not
//   supported yet
