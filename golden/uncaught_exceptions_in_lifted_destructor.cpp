// A lifted local (one living across an await) whose destructor asks
// std::uncaught_exceptions() (C++17's scope-guard idiom: commit on success,
// roll back on failure) sees the exception leaving its scope, as natively:
// the machine destroys it during the stack unwinding (an unwind guard), not
// once the exception is caught. probe7's a08, reduced; the lowering printed
// "guard a: normal exit" and "guard b: normal exit" before the guards.
#include <asl/task.h>

#include <cstdio>
#include <exception>
#include <stdexcept>

struct Guard {
  const char *name;
  ~Guard() {
    std::printf("guard %s: %s\n", name,
                std::uncaught_exceptions() ? "unwinding" : "normal exit");
  }
};

struct Suspend {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  void await_resume() const noexcept {}
};

// The state machine of leaves_by_exception(), line 27. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct leaves_by_exception_machine {
  leaves_by_exception_machine() {}
  ~leaves_by_exception_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Guard, Suspend> && !asl::usually_suspends<Suspend>;

  asl::task_builder<int> builder_;
  union {
    Guard g;
  };
  union {
    Suspend awaiter0_;
  };
  int state_ = -1;
  bool g_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(g, g_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> leaves_by_exception() {
  return asl::start<leaves_by_exception_machine>();
}

inline void leaves_by_exception_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(g)) Guard{"a"};
      g_live_ = true;

      // co_await Suspend{} (line 29)
      ::new (asl::place(awaiter0_)) Suspend(Suspend{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      throw std::runtime_error("boom");
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of caught_inside(), line 33. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct caught_inside_machine {
  caught_inside_machine() {}
  ~caught_inside_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Guard, Suspend>;

  asl::task_builder<int> builder_;
  union {
    Guard g;
  };
  union {
    Suspend awaiter0_;
  };
  int state_ = -1;
  bool g_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(g, g_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> caught_inside() {
  return asl::start<caught_inside_machine>();
}

inline void caught_inside_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_,
                                          [&] { asl::destroy(g, g_live_); });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(g)) Guard{"b"};
        g_live_ = true;

        // co_await Suspend{} (line 36)
        ::new (asl::place(awaiter0_)) Suspend(Suspend{});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter0_.await_resume();

        throw std::runtime_error("boom");
      } catch (const std::exception &e) {
        std::printf("caught %s\n", e.what());
      }
      builder_.set_result(0);
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
  try {
    asl::sync_wait(leaves_by_exception());
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  asl::sync_wait(caught_inside());
}
