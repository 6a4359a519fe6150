// A child task holds a reference to the parent's local `count`; the parent
// suspends, and in the lowered build the machine moves to the heap, so the
// child writes into the parent's old stack copy.
#include <asl/task.h>
#include <iostream>

// The state machine of count_up(), line 7. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct count_up_machine {
  count_up_machine(asl::Event &tick, int &count) : tick(tick), count(count) {}
  ~count_up_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<void> builder_;
  asl::Event &tick;
  int &count;
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

ASL_ASYNC asl::Task<void> count_up(asl::Event &tick, int &count) {
  return asl::start<count_up_machine>(tick, count);
}

inline void count_up_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await tick (line 8)
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

      count += 1;
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of parent(), line 12. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct parent_machine {
  parent_machine(asl::Event &tick, asl::Event &done) : tick(tick), done(done) {}
  ~parent_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'count' may be kept
  // (line 14).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Event &tick;
  asl::Event &done;
  union {
    asl::Task<void> child;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int count;
  int state_ = -1;
  bool child_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(child, child_live_);
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
      count = 0;

      ::new (asl::place(child)) asl::Task<void>(count_up(tick, count));
      child_live_ = true;

      // co_await done (line 15)
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

      builder_.set_result(std::move(count));
      asl::destroy(child, child_live_);
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
  std::cout << "count = " << asl::sync_wait(std::move(t)) << "\n";
}
