// A coroutine lambda inside a coroutine becomes a class of the enclosing
// machine, where the static locals and variables of the function around it
// are out of scope: naming one without capturing it (in an unevaluated
// operand too) is refused. (A constant declared alone is declared again in
// the class, and a type moves to the machine's base: both lowered.)
#include <asl/task.h>

asl::Event tick;

ASL_ASYNC asl::Task<int> outer() {
  static int calls = 0;
  char buffer[3] = {};
  auto counted = []() -> asl::Task<int> {
    co_await tick;
    co_return ++calls;
  };
  auto size = []() -> asl::Task<int> {
    co_await tick;
    co_return static_cast<int>(sizeof(buffer));
  };
  co_return co_await counted() + co_await size() + buffer[0];
}
// expect-error: 15:17: error: a coroutine lambda inside a coroutine that
//   names 'calls', local to the function around it, without capturing it;
//   not supported yet
// expect-error: 19:39: error: a coroutine lambda inside a coroutine that
//   names 'buffer', local to the function around it, without capturing it;
//   not supported yet
