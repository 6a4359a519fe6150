// Finding 7 (REFUSED, not in Known limits): a class awaited through an
// operator co_await it inherits, together with the get_awaiter() member
// README/design.md ask for, from a base class. Known limits refuses "a type
// awaited through its own operator co_await without a get_awaiter()
// member"; here the awaited type has one (inherited), yet the tool says:
//   error: type 'Derived' is awaited through operator co_await, which C++17
//   cannot name; give it a get_awaiter() member returning the awaiter (and
//   declare operator co_await only when __cpp_impl_coroutine is defined)
// Awaiting an object of the base type itself lowers (and so does a
// get_awaiter() declared in Derived).
// Expected: lowered; prints 5 (as the native build).
// Got: the refusal above.
#include <asl/task.h>

#include <cstdio>

struct Delay {
  int v = 4;
  struct Aw {
    int v;
    bool await_ready() const noexcept { return true; }
    template <class H> void await_suspend(H) {}
    int await_resume() const noexcept { return v; }
  };
  Aw get_awaiter() const { return Aw{v}; }
#if __cpp_impl_coroutine
  Aw operator co_await() const { return Aw{v}; }
#endif
};
struct Derived : Delay {};

ASL_ASYNC asl::Task<int> app() {
  Derived d;
  co_return co_await d + 1;
}

int main() { std::printf("%d\n", asl::sync_wait(app())); }
