// Init-captures that name the object in a coroutine lambda inside a
// coroutine lower (inputs/coroutine_lambdas_init_capturing_this.cpp), but
// for two shapes, refused: an init-capture copying the object (`[copy =
// *this]`) in an async member of a local class, whose closure would hold an
// object of the incomplete class, and any init-capture, `[self = this]`
// too, of a generic coroutine lambda inside a coroutine lambda.
#include <asl/task.h>

int main() {
  struct Local {
    int v = 1;
    ASL_ASYNC asl::Task<int> get() {
      auto h = [copy = *this](int x) -> asl::Task<int> {
        co_return copy.v + x;
      };
      co_return co_await h(1);
    }
  };
  Local l;
  return asl::sync_wait(l.get()) == 2 ? 0 : 1;
}

struct Box {
  int v;
  ASL_ASYNC asl::Task<int> get() {
    auto outer = [this]() -> asl::Task<int> {
      auto g = [self = this](auto x) -> asl::Task<int> {
        co_return self->v + x;
      };
      co_return co_await g(1);
    };
    co_return co_await outer();
  }
};
int a = asl::sync_wait(Box{1}.get());
// expect-error: 13:17: error: a coroutine lambda with an init-capture that
//   copies the object inside an async member function of a local or
//   unnamed class; its closure, a member of the machine, would hold an
//   object of the incomplete class
// expect-error: 27:17: error: a generic coroutine lambda inside a coroutine
//   lambda that captures 'this' or '*this', or has an init-capture, is not
//   supported yet
