// Checks user types awaited through their own operator co_await, member and
// free. C++17 cannot name operator co_await, so such a type also provides
// get_awaiter() returning the same awaiter (what the lowered output calls,
// through asl::get_awaiter) and declares operator co_await only when
// __cpp_impl_coroutine is defined. Without get_awaiter() the tool refuses
// it (test/rejected/operator_co_await_without_get_awaiter.cpp).
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

struct Delay2 {
  int id;
  Pause get_awaiter() && {
    std::printf("  awaiter of Delay2 %d\n", id);
    return Pause{id};
  }
};
#if __cpp_impl_coroutine
Pause operator co_await(Delay2 &&d) { return std::move(d).get_awaiter(); }
#endif

// The state machine of body(), line 45. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  body_machine() {}
  ~body_machine() {}

  // Built in its heap box from the start: the address of 'named' may be kept
  // (line 49).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int a;
  int b;
  union {
    Delay named;
  };
  union {
    Delay awaitable0_;
    Delay2 awaitable1_;
    Pause awaiter2_;
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
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
    default:
      break;
    }
    {
      ::new (asl::place(awaitable0_)) Delay(Delay{1});
      // co_await Delay{1} (line 46)
      ::new (asl::place(awaiter0_))
          Pause(asl::get_awaiter(std::move(awaitable0_)));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter0_.await_resume();

      ::new (asl::place(awaitable1_)) Delay2(Delay2{2});
      // co_await Delay2{2} (line 47)
      ::new (asl::place(awaiter1_))
          Pause(asl::get_awaiter(std::move(awaitable1_)));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = awaiter1_.await_resume();

      ::new (asl::place(named)) Delay{3};

      // co_await named (line 49)
      ::new (asl::place(awaiter2_)) Pause(asl::get_awaiter(named));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int c = awaiter2_.await_resume();

      builder_.set_result(a + b + c);
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
