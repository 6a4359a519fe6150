// A coroutine lambda inside a coroutine that reads a constant of the
// function around it without capturing it gets the constant's declaration
// again, in its class; one that cannot be written again there is refused:
// declared together with another, or initialized from another local.
#include <asl/task.h>

asl::Event tick;

ASL_ASYNC asl::Task<int> outer() {
  constexpr int Step = 3, Twice = 6;
  constexpr int Triple = Step * 3;
  auto together = []() -> asl::Task<int> {
    co_await tick;
    co_return Twice + 0;
  };
  auto derived = []() -> asl::Task<int> {
    co_await tick;
    co_return Triple + 0;
  };
  co_return co_await together() + co_await derived();
}
// expect-error: 14:15: error: a coroutine lambda inside a coroutine that
//   names the constant 'Twice' without capturing it, declared with others,
//   by a macro, from other locals or with a type local to the function; not
//   supported yet
// expect-error: 18:15: error: a coroutine lambda inside a coroutine that
//   names the constant 'Triple' without capturing it, declared with others,
//   by a macro, from other locals or with a type local to the function; not
//   supported yet
