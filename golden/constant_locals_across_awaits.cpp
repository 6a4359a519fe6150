// Checks local constants (constexpr, or const and initialized by a constant)
// in scope at an await and used in constant expressions after it: a template
// argument (also in the type of a lifted local), a case label, an array
// bound, static_assert, and one in a coroutine lambda. They are declared
// static rather than lifted to fields, so they stay constants. (Found by
// probe3: as fields, the output did not compile.)
#include <asl/task.h>
#include <array>
#include <cstdio>

// The state machine of num(), line 11. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct num_machine {
  explicit num_machine(int &v) : v(std::move(v)) {}
  ~num_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<int> builder_;
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> num(int v) { return asl::start<num_machine>(v); }

inline void num_machine::move_next() {
  try {
    {
      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of run(), line 13. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'a' may be kept (line
  // 18).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    std::array<int, 3> a;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      static constexpr int N = 3;
      // co_await num(0) (line 15)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{num(0)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      ::new (asl::place(a)) std::array<int, 3>{};

      static_assert(N == 3, "three");
      // co_await num(7) (line 18)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{num(7)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter1_.await_resume();
      a[N - 1] = spill0_;
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(a[2] + N);
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of codes(), line 22. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct codes_machine {
  codes_machine() {}
  ~codes_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int, int[3]>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int handled;
  int i;
  union {
    int buf[3];
  };
  union {
    int condition1_;
    int spill0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> codes() { return asl::start<codes_machine>(); }

inline void codes_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      static const int kRetry = 2;
      static constexpr int kFail = 3;
      handled = 0;

      for (i = 1; i <= 3; ++i) {
        {
          // co_await num(i) (line 27)
          ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{num(i)};
          awaiter0_live_ = true;
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          condition1_ = awaiter0_.await_resume();
          asl::destroy(awaiter0_, awaiter0_live_);
          switch (condition1_) {
          case kRetry:
            handled += 10;
            break;
          case kFail:
            handled += 100;
            break;
          default:
            handled += 1;
          }
        }
      }
      ::new (asl::place(buf)) int[3]{};

      // co_await num(4) (line 39)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{num(4)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter1_.await_resume();
      buf[kRetry] = spill0_;
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(handled + buf[2]);
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of in_lambda(), line 43. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct in_lambda_machine {
  // The closure of the coroutine lambda on line 44, as a class the machine can
  // keep.
  struct scaled_closure {
    asl::Task<int> operator()(int v) const {
      // The state machine of the lambda, line 44. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct scaled_machine {
        explicit scaled_machine(int &v) : v(std::move(v)) {}
        ~scaled_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int> &&
                               !asl::usually_suspends<asl::task_awaiter<int>>>;

        asl::task_builder<int> builder_;
        union {
          asl::task_awaiter<int> awaiter0_;
        };
        int v;
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              static constexpr int factor = 4;
              // co_await num(v) (line 46)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{num(v)};
              awaiter0_live_ = true;
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              int got = awaiter0_.await_resume();
              asl::destroy(awaiter0_, awaiter0_live_);

              std::array<int, factor> parts{};
              parts[factor - 1] = got * factor;
              builder_.set_result(parts[3]);
              goto finish_;
            }
          } catch (...) {
            destroy_live();
            builder_.set_current_exception();
          }
        finish_:
          state_ = -2;
          builder_.complete();
        }
      };

      return asl::start<scaled_machine>(v);
    }
  };

  in_lambda_machine() {}
  ~in_lambda_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'scaled' may be kept
  // (line 51).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    scaled_closure scaled;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> in_lambda() { return asl::start<in_lambda_machine>(); }

inline void in_lambda_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(scaled)) scaled_closure{};

      // co_await scaled(5) (line 51)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{scaled(5)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  std::printf("%d\n", asl::sync_wait(run()));
  std::printf("%d\n", asl::sync_wait(codes()));
  std::printf("%d\n", asl::sync_wait(in_lambda()));
}
