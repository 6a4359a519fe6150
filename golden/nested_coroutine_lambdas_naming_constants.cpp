// Coroutine lambdas inside a coroutine that read constants of the function
// around them without capturing them (a constexpr int, a const int from a
// literal, a constexpr array bound, in an unevaluated operand): their
// closures become classes of the outer machine, where the constants are
// declared again; one is also used by the outer function after an await.
#include <asl/task.h>

#include <array>
#include <cstdio>

asl::Event tick;

// The state machine of outer(), line 13. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct outer_machine {
  // The closure of the coroutine lambda on line 17, as a class the machine can
  // keep.
  struct add_closure {
    asl::Task<int> operator()(int x) const {
      [[maybe_unused]] constexpr int Step = 3;
      [[maybe_unused]] const int Base = 10;

      // The state machine of the lambda, line 17. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct add_machine {
        explicit add_machine(int &x) : x(std::move(x)) {}
        ~add_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        union {
          asl::event_awaiter awaiter0_;
        };
        int x;
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
              // co_await tick (line 18)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(tick));
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

              builder_.set_result(x * Step + Base);
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

      return asl::start<add_machine>(x);
    }
  };

  // The closure of the coroutine lambda on line 21, as a class the machine can
  // keep.
  struct fill_closure {
    asl::Task<int> operator()() const {
      [[maybe_unused]] constexpr std::size_t Size = 4;
      [[maybe_unused]] constexpr int Step = 3;
      [[maybe_unused]] const int Base = 10;

      // The state machine of the lambda, line 21. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct fill_machine {
        fill_machine() {}
        ~fill_machine() { destroy_live(); }

        // Built in its heap box from the start: the address of 'values' may be
        // kept (line 24).
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        union {
          asl::event_awaiter awaiter0_;
        };
        union {
          std::array<int, Size> values;
        };
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
              ::new (asl::place(values)) std::array<int, Size>{};

              // co_await tick (line 23)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(tick));
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

              values[Size - 1] = Step;
              builder_.set_result(values[3] + static_cast<int>(sizeof(Base)));
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

      return asl::start<fill_machine>();
    }
  };

  outer_machine() {}
  ~outer_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'add' may be kept
  // (line 27).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int first;
  union {
    add_closure add;
  };
  union {
    fill_closure fill;
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

ASL_ASYNC asl::Task<int> outer() { return asl::start<outer_machine>(); }

inline void outer_machine::move_next() {
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
      [[maybe_unused]] static constexpr int Step = 3;
      [[maybe_unused]] static const int Base = 10;
      [[maybe_unused]] static constexpr std::size_t Size = 4;
      ::new (asl::place(add)) add_closure{};

      ::new (asl::place(fill)) fill_closure{};

      // co_await add(2) (line 27)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{add(2)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      first = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await fill() (line 28)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{fill()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int second = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("  %d %d %d\n", first, second, Step);
      builder_.set_result(first + second);
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
  auto task = outer();
  tick.set();
  std::printf("outer %d\n", asl::sync_wait(std::move(task)));
}
