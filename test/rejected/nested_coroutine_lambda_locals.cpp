// A coroutine lambda inside a coroutine becomes a class of the enclosing
// machine, where the constants and types local to the function around it
// are out of scope: naming one without capturing it is refused.
#include <asl/task.h>

asl::Event tick;

ASL_ASYNC asl::Task<int> outer() {
  constexpr int Step = 3;
  struct Local {
    int value;
  };
  auto constant = []() -> asl::Task<int> {
    co_await tick;
    co_return Step + 0;
  };
  auto type = []() -> asl::Task<int> {
    Local local{2};
    co_await tick;
    co_return local.value;
  };
  co_return co_await constant() + co_await type();
}
// expect-error: 15:15: error: a coroutine lambda inside a coroutine that
//   names 'Step', local to the function around it, without capturing it; not
//   supported yet
// expect-error: 18:5: error: a coroutine lambda inside a coroutine that names
//   'Local', local to the function around it, without capturing it; not
//   supported yet
