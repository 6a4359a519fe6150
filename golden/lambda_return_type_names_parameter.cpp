// Checks coroutine lambdas inside a coroutine whose return type names a
// parameter, `[](auto v) -> asl::Task<decltype(v)>`: the closure class's
// call operator (and a captureless lambda's static invoker) then keeps the
// return type trailing, where the parameter is declared. Generic and not,
// with and without captures, and through the conversion to a pointer to
// function.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // suspends for real, then resumes
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

// The state machine of run(), line 22. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  // The closure of the coroutine lambda on line 23, as a class the machine can
  // keep.
  struct twice_closure {
    template <class auto0_>
    auto operator()(auto0_ v) const -> asl::Task<decltype(v)> {
      // The state machines of the lambda, line 23, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<decltype(v), int>) {
        // The state machine of the lambda, line 23. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct twice_machine {
          explicit twice_machine(int &v) : v(std::move(v)) {}
          ~twice_machine() {}

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<Later, int> &&
                                 !asl::usually_suspends<Later>>;

          asl::task_builder<int> builder_;
          int v;
          union {
            Later awaiter0_;
          };
          int state_ = -1;

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await Later{} (line 24)
                ::new (asl::place(awaiter0_)) Later(Later{});
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                awaiter0_.await_resume();

                builder_.set_result(v + v);
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }
        };

        return asl::start<twice_machine>(v);
      } else if constexpr (std::is_same_v<decltype(v), double>) {
        // The state machine of the lambda, line 23. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct twice_machine {
          explicit twice_machine(double &v) : v(std::move(v)) {}
          ~twice_machine() {}

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<Later, double> &&
                                 !asl::usually_suspends<Later>>;

          asl::task_builder<double> builder_;
          double v;
          union {
            Later awaiter0_;
          };
          int state_ = -1;

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await Later{} (line 24)
                ::new (asl::place(awaiter0_)) Later(Later{});
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                awaiter0_.await_resume();

                builder_.set_result(v + v);
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }
        };

        return asl::start<twice_machine>(v);
      }
    }
  };

  // The closure of the coroutine lambda on line 27, as a class the machine can
  // keep.
  struct half_closure {
    auto operator()(int v) const -> asl::Task<decltype(v)> { return start(v); }
    // Its conversion to a pointer to function, as a captureless lambda's: the
    // pointer and the call operator both call start, which starts the machine.
    static auto invoke(int v) -> asl::Task<decltype(v)> { return start(v); }
    constexpr operator decltype (&invoke)() const noexcept { return invoke; }
    static asl::Task<int> start(int &v) {
      // The state machine of the lambda, line 27. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct half_machine {
        explicit half_machine(int &v) : v(std::move(v)) {}
        ~half_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable = std::bool_constant<asl::relocatable<Later, int> &&
                                               !asl::usually_suspends<Later>>;

        asl::task_builder<int> builder_;
        int v;
        union {
          Later awaiter0_;
        };
        int state_ = -1;

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await Later{} (line 28)
              ::new (asl::place(awaiter0_)) Later(Later{});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter0_.await_resume();

              builder_.set_result(v / 2);
              goto finish_;
            }
          } catch (...) {
            builder_.set_current_exception();
          }
        finish_:
          state_ = -2;
          builder_.complete();
        }
      };

      return asl::start<half_machine>(v);
    }
  };

  // The closure of the coroutine lambda on line 32, as a class the machine can
  // keep.
  struct shifted_closure {
    int offset;
    auto operator()(long v) const -> asl::Task<decltype(v + offset)> {
      // The state machine of the lambda, line 32. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct shifted_machine {
        shifted_machine(const int &offset, long &v)
            : offset(offset), v(std::move(v)) {}
        ~shifted_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable = std::bool_constant<asl::relocatable<Later, long> &&
                                               !asl::usually_suspends<Later>>;

        asl::task_builder<long> builder_;
        const int &offset;
        long v;
        union {
          Later awaiter0_;
        };
        int state_ = -1;

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await Later{} (line 33)
              ::new (asl::place(awaiter0_)) Later(Later{});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter0_.await_resume();

              builder_.set_result(v + offset);
              goto finish_;
            }
          } catch (...) {
            builder_.set_current_exception();
          }
        finish_:
          state_ = -2;
          builder_.complete();
        }
      };

      return asl::start<shifted_machine>(offset, v);
    }
  };

  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 32 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  double b;
  asl::Task<int> (*pointer)(int);
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<double> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<long> awaiter4_;
  };
  int offset;
  union {
    shifted_closure shifted;
  };
  int a;
  int c;
  int d;
  union {
    twice_closure twice;
  };
  union {
    half_closure half;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
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
    case 2:
      goto resume2_;
    case 3:
      goto resume3_;
    case 4:
      goto resume4_;
    default:
      break;
    }
    {
      ::new (asl::place(twice)) twice_closure{};

      ::new (asl::place(half)) half_closure{};

      offset = 100;

      ::new (asl::place(shifted)) shifted_closure{offset};

      // co_await twice(4) (line 36)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{twice(4)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await twice(1.25) (line 37)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<double>{twice(1.25)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await half(9) (line 38)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{half(9)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      pointer = half;

      // co_await pointer(30) (line 40)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{pointer(30)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await shifted(5) (line 41)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<long>{shifted(5)};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      long e = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("%d %.2f %d %d %ld\n", a, b, c, d, e);
      builder_.set_result(0);
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
  asl::Task<int> t = run();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  return asl::sync_wait(std::move(t));
}
