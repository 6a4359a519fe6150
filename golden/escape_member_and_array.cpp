// A parent's locals escape into a child task through a member function that
// keeps 'this' and an array passed as a pointer: the parent's machine must
// not move to the heap after they are taken.
#include <asl/task.h>
#include <iostream>
struct Counter {
  int n = 0;
  struct watch_machine;
  ASL_ASYNC asl::Task<void> watch(asl::Event &tick);
};

// The state machine of Counter::watch(), line 8. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Counter::watch_machine {
  watch_machine(Counter *this_, asl::Event &tick) : this_(this_), tick(tick) {}
  ~watch_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<void> builder_;
  Counter *this_;
  asl::Event &tick;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<void> Counter::watch(asl::Event &tick) {
  return asl::start<watch_machine>(this, tick);
}

inline void Counter::watch_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await tick (line 9)
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

      this_->n += 1;
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of fill(), line 13. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct fill_machine {
  fill_machine(asl::Event &tick, int *&slots)
      : tick(tick), slots(std::move(slots)) {}
  ~fill_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int *> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<void> builder_;
  asl::Event &tick;
  int *slots;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<void> fill(asl::Event &tick, int *slots) {
  return asl::start<fill_machine>(tick, slots);
}

inline void fill_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await tick (line 14)
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

      slots[0] = 7;
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of parent(), line 17. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct parent_machine {
  parent_machine(asl::Event &tick, asl::Event &done) : tick(tick), done(done) {}
  ~parent_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'c' may be kept (line
  // 20).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Event &tick;
  asl::Event &done;
  union {
    asl::Task<void> a;
  };
  union {
    asl::Task<void> b;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    Counter c;
  };
  union {
    int slots[2];
  };
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> parent(asl::Event &tick, asl::Event &done) {
  return asl::start<parent_machine>(tick, done);
}

inline void parent_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(c)) Counter;

      ::new (asl::place(slots)) int[2]{0, 0};

      ::new (asl::place(a)) asl::Task<void>(c.watch(tick));
      a_live_ = true;

      ::new (asl::place(b)) asl::Task<void>(fill(tick, slots));
      b_live_ = true;

      // co_await done (line 22)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(done));
      awaiter0_live_ = true;
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
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(c.n * 100 + slots[0]);
      asl::destroy(b, b_live_);
      asl::destroy(a, a_live_);
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
  asl::Event tick, done;
  asl::Task<int> t = parent(tick, done);
  tick.set();
  done.set();
  std::cout << "result = " << asl::sync_wait(std::move(t)) << "\n";
}
