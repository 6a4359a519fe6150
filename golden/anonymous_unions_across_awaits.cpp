// Anonymous unions local to async functions, living across awaits, one in
// a loop, one holding an anonymous struct: a union's members are names of
// the scope around it, and the union has no name the machine could declare
// a field with, so the declaration moves whole into the class before the
// machine (its base), whose members the body then names as it did.
#include <asl/task.h>

#include <cstdio>

asl::Event ev(true);

// The types that single() declares, moved out of its body so that its machine
// can name them.
struct single_locals {
  union {
    int i;
    float f;
  };
};

// The state machine of single(), line 12. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct single_machine : single_locals {
  single_machine() {}
  ~single_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
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

ASL_ASYNC asl::Task<int> single() { return asl::start<single_machine>(); }

inline void single_machine::move_next() {
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
      i = 7;
      // co_await ev (line 18)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      std::printf("i %d\n", i);
      f = 2.5f;
      // co_await ev (line 21)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ev));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(static_cast<int>(f * 2));
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

// The types that looped() declares, moved out of its body so that its machine
// can name them.
struct looped_locals {
  union {
    struct {
      short lo, hi;
    };
    int whole;
  };
};

// The state machine of looped(), line 25. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct looped_machine : looped_locals {
  looped_machine() {}
  ~looped_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::event_awaiter, int>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int total;
  int n;
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

ASL_ASYNC asl::Task<int> looped() { return asl::start<looped_machine>(); }

inline void looped_machine::move_next() {
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
      total = 0;

      for (n = 1; n <= 3; ++n) {
        lo = static_cast<short>(n);
        hi = static_cast<short>(n * 10);
        // co_await ev (line 36)
        ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

        total += lo + hi;
        whole = total;
        // co_await ev (line 39)
        ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ev));
        awaiter1_live_ = true;
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);

        std::printf("whole %d\n", whole);
      }
      builder_.set_result(std::move(total));
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
  std::printf("single %d\n", asl::sync_wait(single()));
  std::printf("looped %d\n", asl::sync_wait(looped()));
}
