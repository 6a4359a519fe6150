// Coroutine lambdas inside a coroutine (their closures become classes of
// the outer machine) that capture a lambda's closure, by copy (copied
// once) and by reference, and an object of a class local to the function,
// none of them kept across an await: the closure's class still names
// their types, which move to the machine's base (HoistedLocals.cpp).
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event tick;

struct Tracer {
  std::string name;
  explicit Tracer(const char *n) : name(n) {}
  Tracer(const Tracer &other) : name(other.name + "+c") {
    std::printf("  copy %s\n", other.name.c_str());
  }
  ~Tracer() { std::printf("  ~%s\n", name.c_str()); }
};

// The types that outer() declares, moved out of its body, and functions making
// the lambdas whose closures its machine keeps (C++17 names a closure type only
// as what a function returns).
struct outer_locals {
  struct Point {
    int x, y;
    int sum() const { return x + y; }
  };
  // The lambda on line 32.
  static auto scale_lambda(Tracer &tracer, int &base) {
    return [tracer, &base](int v) {
      std::printf("  scale %s\n", tracer.name.c_str());
      return v * base;
    };
  }
};

// The state machine of outer(), line 22. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct outer_machine : outer_locals {
  using scale_closure =
      decltype(scale_lambda(std::declval<Tracer &>(), std::declval<int &>()));

  // The closure of the coroutine lambda on line 37, as a class the machine can
  // keep.
  struct copied_closure {
    scale_closure scale;
    Point point;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 37. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct copied_machine {
        copied_machine(const scale_closure &scale, const Point &point)
            : scale(scale), point(point) {}
        ~copied_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable = std::true_type;

        asl::task_builder<int> builder_;
        const scale_closure &scale;
        const Point &point;
        int state_ = -1;

        void move_next() {
          try {
            {
              builder_.set_result(scale(point.sum()));
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

      return asl::start<copied_machine>(scale, point);
    }
  };

  // The closure of the coroutine lambda on line 40, as a class the machine can
  // keep.
  struct shared_closure {
    scale_closure &scale;
    Point &point;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 40. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct shared_machine {
        shared_machine(scale_closure &scale, Point &point)
            : scale(scale), point(point) {}
        ~shared_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable = std::true_type;

        asl::task_builder<int> builder_;
        scale_closure &scale;
        Point &point;
        int state_ = -1;

        void move_next() {
          try {
            {
              builder_.set_result(scale(point.x));
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

      return asl::start<shared_machine>(scale, point);
    }
  };

  outer_machine() {}
  ~outer_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 37 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int result;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> outer() { return asl::start<outer_machine>(); }

inline void outer_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      result = 0;

      {
        Point point{2, 3};
        Tracer tracer("t");
        int base = 10;
        auto scale = scale_lambda(tracer, base);
        std::printf(" made\n");
        auto copied = copied_closure{scale, point};
        auto shared = shared_closure{scale, point};
        std::printf(" captured\n");
        base = 100;
        point.x = 7;
        result = asl::sync_wait(copied()) + asl::sync_wait(shared());
      }
      // co_await tick (line 48)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(tick));
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

      builder_.set_result(std::move(result));
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
