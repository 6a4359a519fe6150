// Checks conditions of while, if and switch that are comma expressions with
// an await (`while (co_await p, i < 3)`): the condition field gets the
// value of the whole comma expression, its right operand, so it is
// parenthesized where it is stored. Found by the probe
// (comma_condition_unparenthesized): the field got the await's result.
#include <asl/task.h>
#include <cstdio>
#include <functional>
static std::function<void()> pending;
struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 0; }
};
// The state machine of body(), line 17. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  body_machine() {}
  ~body_machine() {}

  // Built in its heap box from the start: the address of 'i' may be kept (line
  // 25).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int i;
  union {
    bool condition2_;
    bool condition1_;
    int condition0_;
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
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
      i = 0;

      for (;;) {
        // co_await Pause{} (line 19)
        ::new (asl::place(awaiter0_)) Pause(Pause{});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition2_ = (awaiter0_.await_resume(), i < 3);
        if (!condition2_)
          break;
        {
          std::printf("  i=%d\n", i);
          ++i;
        }
      }

      {
        // co_await Pause{} (line 23)
        ::new (asl::place(awaiter1_)) Pause(Pause{});
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition1_ = (awaiter1_.await_resume(), i == 3);
        if (condition1_)
          std::puts("  if taken");
      }

      {
        // co_await Pause{} (line 25)
        ::new (asl::place(awaiter2_)) Pause(Pause{});
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition0_ = (awaiter2_.await_resume(), i);
        switch (condition0_) {
        case 3:
          std::puts("  case 3");
          break;
        default:
          std::puts("  default");
          break;
        }
      }

      builder_.set_result(std::move(i));
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
