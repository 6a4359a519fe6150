// [expr.await]/2 forbids an await in the initializer of a static or
// thread_local local, but clang-19 (like g++) accepts one. A static's first
// call runs the initializer, await included, holding the variable's
// initialization guard while suspended (a second call meanwhile throws
// recursive_init_error); a thread_local's initializer runs again on each
// call until one has finished it. The lowering would spill the await in
// front of the declaration and run it on every call, so it is refused,
// saying so; also in a declaration of several variables, which is otherwise
// lowered.
#include <asl/task.h>

ASL_ASYNC asl::Task<int> one() { co_return 1; }

ASL_ASYNC asl::Task<int> first_value() {
  static int first = co_await one();
  thread_local int zero = 0, second = co_await one();
  co_return first + zero + second;
}
// expect-error: 15:22: error: co_await in the initializer of a static local:
//   C++20 forbids it ([expr.await]/2); clang-19 accepts it and runs the
//   initializer, await included, on the first call only, holding the
//   variable's initialization guard while suspended, which the lowering does
//   not reproduce
// expect-error: 16:39: error: co_await in the initializer of a thread_local
//   local: C++20 forbids it ([expr.await]/2); clang-19 accepts it and runs
//   the initializer, await included, on each call until one has finished
//   it, which the lowering does not reproduce
