// A coroutine lambda whose init-capture awaits, called at once inside the
// operand of another await: its closure would be built after the spilling
// used the operand's text (the tool crashed on it). Refused; naming the
// lambda first is lowered (inputs/await_in_init_capture.cpp).
#include <asl/task.h>

asl::Event tick;

ASL_ASYNC asl::Task<int> nine() { co_return 9; }

ASL_ASYNC asl::Task<int> run() {
  int d = co_await [n = co_await nine()]() -> asl::Task<int> {
    co_await tick;
    co_return n;
  }();
  co_return d;
}
// expect-error: 12:20: error: a coroutine lambda whose init-capture awaits,
//   inside the operand of a co_await; not supported yet (name the lambda
//   first)
