// A coroutine lambda inside a coroutine becomes a class of the enclosing
// machine, where the static locals and types local to the function around
// it are out of scope: naming one without capturing it is refused. (A
// constant declared alone is declared again in the class: lowered.)
#include <asl/task.h>

asl::Event tick;

ASL_ASYNC asl::Task<int> outer() {
  static int calls = 0;
  struct Local {
    int value;
  };
  auto counted = []() -> asl::Task<int> {
    co_await tick;
    co_return ++calls;
  };
  auto type = []() -> asl::Task<int> {
    Local local{2};
    co_await tick;
    co_return local.value;
  };
  co_return co_await counted() + co_await type();
}
// expect-error: 16:17: error: a coroutine lambda inside a coroutine that
//   names 'calls', local to the function around it, without capturing it;
//   not supported yet
// expect-error: 19:5: error: a coroutine lambda inside a coroutine that names
//   'Local', local to the function around it, without capturing it; not
//   supported yet
