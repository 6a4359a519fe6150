// A coroutine lambda inside a coroutine with an init-capture that names
// the object, written or through a member, is refused (its lowering
// crashed): in an async member function, and in an async member of a class
// template, generic or not.
#include <asl/task.h>

struct Box {
  int v;
  ASL_ASYNC asl::Task<int> get() {
    auto h = [self = this](int x) -> asl::Task<int> { co_return self->v + x; };
    co_return co_await h(1);
  }
};
int a = asl::sync_wait(Box{1}.get());

template <class T> struct Meter {
  T level;
  ASL_ASYNC asl::Task<T> read() {
    auto h = [copy = level](auto x) -> asl::Task<T> {
      co_return copy + static_cast<T>(x);
    };
    co_return co_await h(1);
  }
};
int b = asl::sync_wait(Meter<int>{2}.read());
// expect-error: 10:22: error: a coroutine lambda inside a coroutine with an
//   init-capture that names 'this' (or a member) is not supported yet
// expect-error: 19:22: error: a coroutine lambda inside a coroutine with an
//   init-capture that names 'this' (or a member) is not supported yet
