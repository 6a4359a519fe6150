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

// The state machine of body(), line 106. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  body_machine() {}
  ~body_machine() {}

  // Built in its heap box from the start: the address of 'd' may be kept (line
  // 108).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Box<long> box;
  };
  union {
    Diamond diamond;
  };
  union {
    Derived d;
  };
  int a;
  int b;
  union {
    const Deeper deeper;
  };
  int c;
  union {
    FromTwofold two;
  };
  int e;
  int f;
  union {
    Using u;
  };
  int g;
  union {
    Own own;
  };
  int h;
  int i;
  int j;
  union {
    Pause awaiter0_;
    Derived awaitable0_;
    Pause awaiter2_;
    Ready awaiter3_;
    FromTwofold awaitable1_;
    Pause awaiter5_;
    Ready awaiter6_;
    Pause awaiter7_;
    Pause awaiter8_;
    FromPlain awaitable2_;
  };
  union {
    Pause awaiter1_;
    Pause awaiter4_;
    int spill3_;
  };
  union {
    Pause awaiter9_;
  };
  union {
    Pause awaiter10_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> body() { return asl::start<body_machine>(); }

inline void body_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto resume3_;
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    default:
      break;
    }
    {
      ::new (asl::place(d)) Derived{{1}};

      // co_await d (line 108)
      ::new (asl::place(awaiter0_)) Pause(asl::get_awaiter(d));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter0_.await_resume();

      ::new (asl::place(awaitable0_)) Derived(Derived{{2}});
      // co_await Derived{{2}} (line 109)
      ::new (asl::place(awaiter1_))
          Pause(asl::get_awaiter(std::move(awaitable0_)));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = awaiter1_.await_resume();

      ::new (asl::place(deeper)) const Deeper{{{3}}, 0};

      // co_await deeper (line 111)
      ::new (asl::place(awaiter2_)) Pause(asl::get_awaiter(deeper));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = awaiter2_.await_resume();

      ::new (asl::place(two)) FromTwofold{{4}};

      // co_await two (line 113)
      ::new (asl::place(awaiter3_)) Ready(asl::get_awaiter(two));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e = awaiter3_.await_resume();

      ::new (asl::place(awaitable1_)) FromTwofold(FromTwofold{{5}});
      // co_await FromTwofold{{5}} (line 114)
      ::new (asl::place(awaiter4_))
          Pause(asl::get_awaiter(std::move(awaitable1_)));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      f = awaiter4_.await_resume();

      ::new (asl::place(u)) Using(6);

      // co_await u (line 116)
      ::new (asl::place(awaiter5_)) Pause(asl::get_awaiter(u));
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      g = awaiter5_.await_resume();

      ::new (asl::place(own)) Own{{7}};

      // co_await own (line 118)
      ::new (asl::place(awaiter6_)) Ready(asl::get_awaiter(own));
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      h = awaiter6_.await_resume();

      ::new (asl::place(box)) Box<long>{{8}, 0};

      // co_await box (line 120)
      ::new (asl::place(awaiter7_)) Pause(asl::get_awaiter(box));
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      i = awaiter7_.await_resume();

      ::new (asl::place(diamond)) Diamond;

      diamond.id = 9;
      // co_await diamond (line 123)
      ::new (asl::place(awaiter8_)) Pause(asl::get_awaiter(diamond));
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      j = awaiter8_.await_resume();

      ::new (asl::place(awaitable2_)) FromPlain(FromPlain{{10}});
      // co_await FromPlain{{10}} (line 124)
      ::new (asl::place(awaiter9_))
          Pause(asl::get_awaiter(std::move(awaitable2_)));
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill3_ = awaiter9_.await_resume();
      // co_await d (line 124)
      ::new (asl::place(awaiter10_)) Pause(asl::get_awaiter(d));
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int k = spill3_ + awaiter10_.await_resume();

      std::printf("%d %d %d %d %d %d %d %d %d %d\n", a, b, c, e, f, g, h, i, j,
                  k);
      builder_.set_result(a + b + c + e + f + g + h + i + j + k);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  auto t = body();
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
