// Coroutine lambdas inside a coroutine that name types of the function
// around them: a struct (an object of it kept across the lambda's own
// await), an unscoped enumeration (an object of it kept too) and its
// enumerators, an alias. Their closures become classes of the outer
// machine, so the types move to the machine's base, where the classes find
// them.
#include <asl/task.h>

#include <cstdio>

asl::Event tick;

// The types that outer() declares, moved out of its body so that its machine
// can name them.
struct outer_locals {
  enum Color { Red = 1, Green = 2 };
  struct Point {
    int x, y;
  };
  using Number = long;
};

// The state machine of outer(), line 13. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct outer_machine : outer_locals {
  // The closure of the coroutine lambda on line 19, as a class the machine can
  // keep.
  struct make_closure {
    asl::Task<int> operator()(int v) const {
      // The state machine of the lambda, line 19. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct make_machine {
        explicit make_machine(int &v) : v(std::move(v)) {}
        ~make_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable = std::bool_constant<
            asl::relocatable<Point, asl::event_awaiter, int> &&
            !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        union {
          asl::event_awaiter awaiter0_;
        };
        int v;
        union {
          Point p;
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
              ::new (asl::place(p)) Point{v, Green};

              // co_await tick (line 21)
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

              Number n = p.x + p.y + Red;
              builder_.set_result(static_cast<int>(n));
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

      return asl::start<make_machine>(v);
    }
  };

  // The closure of the coroutine lambda on line 25, as a class the machine can
  // keep.
  struct color_closure {
    asl::Task<int> operator()(bool green) const {
      // The state machine of the lambda, line 25. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct color_machine {
        explicit color_machine(bool &green) : green(std::move(green)) {}
        ~color_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable = std::bool_constant<
            asl::relocatable<Color, asl::event_awaiter, bool> &&
            !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        union {
          asl::event_awaiter awaiter0_;
        };
        Color chosen;
        bool green;
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
              chosen = green ? Green : Red;

              // co_await tick (line 27)
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

              builder_.set_result(std::move(chosen));
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

      return asl::start<color_machine>(green);
    }
  };

  outer_machine() {}
  ~outer_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'make' may be kept
  // (line 30).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int made;
  union {
    make_closure make;
  };
  union {
    color_closure color;
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
      ::new (asl::place(make)) make_closure{};

      ::new (asl::place(color)) color_closure{};

      // co_await make(3) (line 30)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{make(3)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      made = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await color(true) (line 31)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{color(true)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int chosen = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("  %d %d\n", made, chosen);
      builder_.set_result(made + chosen);
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
