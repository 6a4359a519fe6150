// Coroutine lambdas are lowered, except these: a generic one has no single
// machine type, one capturing `*this` would need the copy in the closure
// named, and one inside another coroutine would be rewritten inside that
// coroutine's machine.
#include <asl/task.h>

asl::Event tick;

struct Widget {
  int size = 1;
  int use() {
    auto lambda = [*this]() -> asl::Task<int> {
      co_await tick;
      co_return size;
    };
    return asl::sync_wait(lambda());
  }
};

int use() {
  auto generic = [](auto value) -> asl::Task<int> {
    co_await tick;
    co_return value;
  };
  return asl::sync_wait(generic(1));
}

ASL_ASYNC asl::Task<int> outer() {
  auto inner = []() -> asl::Task<int> { co_return 1; };
  co_return co_await inner();
}
// expect-error: 12:20: error: a coroutine lambda that captures '*this' is
//   not supported yet; capture 'this' or make the body an ASL_ASYNC member
//   function
// expect-error: 21:18: error: generic coroutine lambdas and coroutine lambdas
//   inside templates are not supported yet
// expect-error: 29:16: error: a coroutine lambda inside another coroutine is
//   not supported yet
