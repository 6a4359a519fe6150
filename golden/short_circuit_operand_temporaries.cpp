// Checks that a temporary created in the operand of `&&`, `||` or `?:` that
// runs first, when a later operand awaits, lives to the end of the
// full-expression (after the await), as natively: in an initializer, in an
// if and a while condition, in a nested short-circuit, and when the task is
// destroyed while suspended at that await (the temporary dies with it).
// Found by the probe (short_circuit_operand_temporary): the temporary died
// before the await.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending;

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  bool await_resume() {
    std::puts("  await_resume");
    return true;
  }
};

struct Tmp {
  const char *n;
  Tmp(const char *s) : n(s) { std::printf("  +%s\n", n); }
  ~Tmp() { std::printf("  -%s\n", n); }
  bool ok() const { return true; }
  bool no() const { return false; }
};

// The state machine of body(), line 34. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  body_machine() {}
  ~body_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 35).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Tmp temporary1_;
    Tmp temporary3_;
    Tmp temporary5_;
    Tmp temporary7_;
    Tmp temporary11_;
    Tmp temporary13_;
    Tmp temporary15_;
  };
  union {
    Tmp temporary9_;
    Pause awaiter5_;
    Pause awaiter6_;
  };
  int c;
  int rounds;
  bool a;
  bool b;
  bool d;
  bool e;
  union {
    bool condition0_;
    bool condition2_;
    bool condition4_;
    bool condition6_;
    bool condition10_;
    bool condition12_;
    bool condition14_;
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
    bool condition8_;
    Pause awaiter4_;
    bool condition17_;
    bool condition16_;
  };
  union {
    Pause awaiter3_;
  };
  int state_ = -1;
  bool temporary1_live_ = false;
  bool temporary3_live_ = false;
  bool temporary5_live_ = false;
  bool temporary7_live_ = false;
  bool temporary9_live_ = false;
  bool temporary11_live_ = false;
  bool temporary13_live_ = false;
  bool temporary15_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary15_, temporary15_live_);
    asl::destroy(temporary13_, temporary13_live_);
    asl::destroy(temporary11_, temporary11_live_);
    asl::destroy(temporary9_, temporary9_live_);
    asl::destroy(temporary7_, temporary7_live_);
    asl::destroy(temporary5_, temporary5_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(temporary1_, temporary1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> body() { return asl::start<body_machine>(); }

inline void body_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
    default:
      break;
    }
    {
      ::new (asl::place(temporary1_)) Tmp(Tmp("and"));
      temporary1_live_ = true;
      condition0_ = std::move(temporary1_).ok();
      if (condition0_) {
        // co_await Pause{} (line 35)
        ::new (asl::place(awaiter0_)) Pause(Pause{});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      a = condition0_ && awaiter0_.await_resume();
      asl::destroy(temporary1_, temporary1_live_);

      ::new (asl::place(temporary3_)) Tmp(Tmp("or"));
      temporary3_live_ = true;
      condition2_ = std::move(temporary3_).no();
      if (!condition2_) {
        // co_await Pause{} (line 36)
        ::new (asl::place(awaiter1_)) Pause(Pause{});
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          unwind_.release();
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      b = condition2_ || awaiter1_.await_resume();
      asl::destroy(temporary3_, temporary3_live_);

      ::new (asl::place(temporary5_)) Tmp(Tmp("cond"));
      temporary5_live_ = true;
      condition4_ = std::move(temporary5_).ok();
      if (condition4_) {
        // co_await Pause{} (line 37)
        ::new (asl::place(awaiter2_)) Pause(Pause{});
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          unwind_.release();
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      c = condition4_ ? awaiter2_.await_resume() : false;
      asl::destroy(temporary5_, temporary5_live_);

      ::new (asl::place(temporary7_)) Tmp(Tmp("outer"));
      temporary7_live_ = true;
      condition6_ = std::move(temporary7_).ok();
      if (condition6_) {
        ::new (asl::place(temporary9_)) Tmp(Tmp("inner"));
        temporary9_live_ = true;
        condition8_ = std::move(temporary9_).no();
        if (!condition8_) {
          // co_await Pause{} (line 38)
          ::new (asl::place(awaiter3_)) Pause(Pause{});
          if (!awaiter3_.await_ready()) {
            state_ = 3;
            builder_.await_on_completed(awaiter3_, *this);
            unwind_.release();
            return;
          resume3_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
      }
      d = condition6_ && (condition8_ || awaiter3_.await_resume());
      asl::destroy(temporary9_, temporary9_live_);
      asl::destroy(temporary7_, temporary7_live_);

      ::new (asl::place(temporary11_)) Tmp(Tmp("skipped"));
      temporary11_live_ = true;
      condition10_ = std::move(temporary11_).no();
      if (condition10_) {
        // co_await Pause{} (line 39)
        ::new (asl::place(awaiter4_)) Pause(Pause{});
        if (!awaiter4_.await_ready()) {
          state_ = 4;
          builder_.await_on_completed(awaiter4_, *this);
          unwind_.release();
          return;
        resume4_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      e = condition10_ && awaiter4_.await_resume();
      asl::destroy(temporary11_, temporary11_live_);

      {
        ::new (asl::place(temporary13_)) Tmp(Tmp("if"));
        temporary13_live_ = true;
        condition12_ = std::move(temporary13_).ok();
        if (condition12_) {
          // co_await Pause{} (line 40)
          ::new (asl::place(awaiter5_)) Pause(Pause{});
          if (!awaiter5_.await_ready()) {
            state_ = 5;
            builder_.await_on_completed(awaiter5_, *this);
            unwind_.release();
            return;
          resume5_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
        condition17_ = condition12_ && awaiter5_.await_resume();
        asl::destroy(temporary13_, temporary13_live_);
        if (condition17_)
          std::puts("  branch");
      }

      rounds = 0;

      for (;;) {
        ::new (asl::place(temporary15_)) Tmp(Tmp("while"));
        temporary15_live_ = true;
        condition14_ = std::move(temporary15_).ok() && rounds < 2;
        if (condition14_) {
          // co_await Pause{} (line 43)
          ::new (asl::place(awaiter6_)) Pause(Pause{});
          if (!awaiter6_.await_ready()) {
            state_ = 6;
            builder_.await_on_completed(awaiter6_, *this);
            unwind_.release();
            return;
          resume6_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
        condition16_ = condition14_ && awaiter6_.await_resume();
        asl::destroy(temporary15_, temporary15_live_);
        if (!condition16_)
          break;
        ++rounds;
      }

      builder_.set_result(a + b + c + d + e + rounds);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of dropped(), line 48. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct dropped_machine {
  dropped_machine() {}
  ~dropped_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 49).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Tmp temporary1_;
  };
  union {
    bool condition0_;
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool temporary1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(temporary1_, temporary1_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> dropped() { return asl::start<dropped_machine>(); }

inline void dropped_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary1_)) Tmp(Tmp("dropped"));
      temporary1_live_ = true;
      condition0_ = std::move(temporary1_).ok();
      if (condition0_) {
        // co_await Pause{} (line 49)
        ::new (asl::place(awaiter0_)) Pause(Pause{});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      bool a = condition0_ && awaiter0_.await_resume();
      asl::destroy(temporary1_, temporary1_live_);

      builder_.set_result(std::move(a));
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
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
  std::puts("destroyed while suspended:");
  {
    auto u = dropped();
    pending = nullptr;
  }
  std::puts("done");
}
