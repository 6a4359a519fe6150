// Generic coroutine lambdas are lowered, except these: one with a parameter
// pack, or an unnamed 'auto' parameter inside a coroutine (the body names
// the parameters' types with decltype; the output names one elsewhere), one
// called with a closure, whose type its machine cannot spell, one inside a
// coroutine lambda (whose machine, a local class, cannot have the call
// operator template its closure needs), a captureless one inside a coroutine
// converted to a pointer, and one never called (its body has no machine).
#include <asl/task.h>

asl::Event tick;

int pack() {
  auto sum = [](auto... values) -> asl::Task<int> {
    co_await tick;
    co_return (0 + ... + values);
  };
  return asl::sync_wait(sum(1, 2));
}

ASL_ASYNC asl::Task<int> unnamed() {
  auto one = [](auto) -> asl::Task<int> {
    co_await tick;
    co_return 1;
  };
  co_return co_await one(2);
}

int closure() {
  auto call = [](auto f) -> asl::Task<int> {
    co_await tick;
    co_return f();
  };
  return asl::sync_wait(call([] { return 3; }));
}

auto outer = []() -> asl::Task<int> {
  auto twice = [](auto x) -> asl::Task<int> {
    co_await tick;
    co_return 2 * x;
  };
  co_return co_await twice(4);
};

ASL_ASYNC asl::Task<int> pointer() {
  asl::Task<int> (*to_int)(int) = [](auto x) -> asl::Task<int> {
    co_await tick;
    co_return x;
  };
  co_return co_await to_int(4);
}
auto never = [](auto x) -> asl::Task<int> {
  co_await tick;
  co_return x;
};
// expect-error: 13:25: error: a generic coroutine lambda with a parameter
//   pack is not supported yet; its machine would need a member for each
//   element
// expect-error: 21:17: error: an unnamed 'auto' parameter of a generic
//   coroutine lambda inside a coroutine, or written by a macro, is not
//   supported yet; its machine is chosen by the parameters' types, which
//   only a name can give (name it)
// expect-error: 33:29: error: a call of a generic coroutine lambda whose
//   parameter 'f' has a type that is, or holds, a lambda's closure type: its
//   machine cannot name it; not supported yet
// expect-error: 37:16: error: a generic coroutine lambda inside a coroutine
//   lambda is not supported yet; its closure would be a class local to a
//   function with a member template
// expect-error: 45:35: error: a captureless generic coroutine lambda inside
//   a coroutine that is converted to a pointer to function is not supported
//   yet
// expect-error: 51:14: error: a generic coroutine lambda that the file never
//   calls is not supported yet: its body would have no state machine (remove
//   it)
