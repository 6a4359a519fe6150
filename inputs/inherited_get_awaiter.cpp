// Checks classes awaited through an operator co_await and a get_awaiter()
// they inherit (user_operator_co_await.cpp declares both in the awaited
// class): get_awaiter() is found as C++ looks names up, in the class, else
// in its bases, and the overload a call on the operand picks gives the
// awaiter's type. A class deriving from the awaitable, two levels down, a
// base's ref-qualified overloads (an lvalue and a prvalue operand), a
// using-declaration of the base's member, a class that declares its own
// get_awaiter() (hiding the base's), a class template's base, a virtual
// base reached along two paths, and a free operator co_await taking the
// base.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending;

struct Pause {
  int id;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return id; }
};

struct Ready {
  int id;
  bool await_ready() { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() { return id * 100; }
};

struct Delay {
  int id;
  Pause get_awaiter() const {
    std::printf("  awaiter of Delay %d\n", id);
    return Pause{id};
  }
#if __cpp_impl_coroutine
  Pause operator co_await() const { return get_awaiter(); }
#endif
};
struct Derived : Delay {};
struct Deeper : Derived {
  int extra = 0;
};

// Ref-qualified: an lvalue awaits without suspending, a prvalue suspends.
struct Twofold {
  int id;
  Ready get_awaiter() & {
    std::printf("  lvalue awaiter %d\n", id);
    return Ready{id};
  }
  Pause get_awaiter() && {
    std::printf("  rvalue awaiter %d\n", id);
    return Pause{id};
  }
#if __cpp_impl_coroutine
  Ready operator co_await() & { return get_awaiter(); }
  Pause operator co_await() && { return std::move(*this).get_awaiter(); }
#endif
};
struct FromTwofold : Twofold {};

struct Using : private Delay {
  explicit Using(int id) : Delay{id} {}
  using Delay::get_awaiter;
#if __cpp_impl_coroutine
  using Delay::operator co_await;
#endif
};

// Its own get_awaiter() hides the base's.
struct Own : Delay {
  Ready get_awaiter() const {
    std::printf("  awaiter of Own %d\n", id);
    return Ready{id};
  }
#if __cpp_impl_coroutine
  Ready operator co_await() const { return get_awaiter(); }
#endif
};

template <class T> struct Box : Delay {
  T payload;
};

struct Left : virtual Delay {};
struct Right : virtual Delay {};
struct Diamond : Left, Right {};

struct Plain {
  int id;
  Pause get_awaiter() const {
    std::printf("  awaiter of Plain %d\n", id);
    return Pause{id};
  }
};
#if __cpp_impl_coroutine
Pause operator co_await(const Plain &p) { return p.get_awaiter(); }
#endif
struct FromPlain : Plain {};

ASL_ASYNC asl::Task<int> body() {
  Derived d{{1}};
  int a = co_await d;
  int b = co_await Derived{{2}};
  const Deeper deeper{{{3}}, 0};
  int c = co_await deeper;
  FromTwofold two{{4}};
  int e = co_await two;
  int f = co_await FromTwofold{{5}};
  Using u(6);
  int g = co_await u;
  Own own{{7}};
  int h = co_await own;
  Box<long> box{{8}, 0};
  int i = co_await box;
  Diamond diamond;
  diamond.id = 9;
  int j = co_await diamond;
  int k = co_await FromPlain{{10}} + co_await d;
  std::printf("%d %d %d %d %d %d %d %d %d %d\n", a, b, c, e, f, g, h, i, j,
              k);
  co_return a + b + c + e + f + g + h + i + j + k;
}

int main() {
  auto t = body();
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
