// A type awaited through its own operator co_await must also provide
// get_awaiter(): C++17 cannot name operator co_await (not a keyword there),
// so the lowered output has nothing else to call. Found by the probe
// (operator_co_await_refused); the supported shape is
// inputs/user_operator_co_await.cpp.
#include <asl/task.h>

struct Pause {
  bool await_ready() { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() { return 1; }
};

struct Delay {
  Pause operator co_await() const { return Pause{}; }
};

ASL_ASYNC asl::Task<int> run() { co_return co_await Delay{}; }
// expect-error: 18:53: error: type 'Delay' is awaited through operator
//   co_await, which C++17 cannot name; give it a get_awaiter() member
//   returning the awaiter (and declare operator co_await only when
//   __cpp_impl_coroutine is defined)
