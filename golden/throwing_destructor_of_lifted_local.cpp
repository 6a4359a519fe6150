// Checks that a destructor declared noexcept(false) that throws, for a local
// kept across an await, a spilled temporary, or a local destroyed by
// co_return, throws as natively: the async function's handler catches it, or
// the task stores it (no std::terminate).
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>

struct Closer {
  const char *name;
  bool fail;
  int get() const { return 1; }
  ~Closer() noexcept(false) {
    std::printf("  close %s\n", name);
    if (fail)
      throw std::runtime_error(name);
  }
};

struct Trace {
  const char *name;
  ~Trace() { std::printf("  drop %s\n", name); }
};

asl::Event ready;

// The state machine of later(), line 28. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  explicit later_machine(int &v) : v(std::move(v)) {}
  ~later_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> later(int v) { return asl::start<later_machine>(v); }

inline void later_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 29)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      builder_.set_result(std::move(v));
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

// The state machine of in_block(), line 33. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct in_block_machine {
  in_block_machine() {}
  ~in_block_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Closer, Trace, asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    Trace a;
  };
  union {
    Closer c;
  };
  union {
    Trace b;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool c_live_ = false;
  bool b_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(b, b_live_);
    asl::destroy(c, c_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> in_block() { return asl::start<in_block_machine>(); }

inline void in_block_machine::move_next() {
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
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(b, b_live_);
          asl::destroy(c, c_live_);
          asl::destroy(a, a_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(a)) Trace{"a"};
        a_live_ = true;

        ::new (asl::place(c)) Closer{"block", true};
        c_live_ = true;

        ::new (asl::place(b)) Trace{"b"};
        b_live_ = true;

        // co_await ready (line 38)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(ready));
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

        std::printf("  end of block\n");
        asl::destroy(b, b_live_);
        asl::destroy(c, c_live_);
        asl::destroy(a, a_live_);
      } catch (const std::runtime_error &e) {
        std::printf("  caught %s\n", e.what());
        builder_.set_result(1);
        unwind_.release();
        goto finish_;
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

// The state machine of spilled(), line 47. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct spilled_machine {
  spilled_machine() {}
  ~spilled_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 49).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Closer temporary0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary0_, temporary0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> spilled() { return asl::start<spilled_machine>(); }

inline void spilled_machine::move_next() {
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
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(temporary0_, temporary0_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(temporary0_)) Closer(Closer{"temporary", true});
        temporary0_live_ = true;
        spill1_ = std::move(temporary0_).get();
        // co_await later(2) (line 49)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(2)};
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
        int v = spill1_ + awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
        asl::destroy(temporary0_, temporary0_live_);

        std::printf("  not reached %d\n", v);
      } catch (const std::runtime_error &e) {
        std::printf("  caught %s\n", e.what());
      }
      builder_.set_result(2);
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

// The state machine of at_co_return(), line 57. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct at_co_return_machine {
  at_co_return_machine() {}
  ~at_co_return_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Closer, Trace, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    Trace a;
  };
  union {
    Closer c;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool c_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(c, c_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> at_co_return() {
  return asl::start<at_co_return_machine>();
}

inline void at_co_return_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(a)) Trace{"a"};
      a_live_ = true;

      ::new (asl::place(c)) Closer{"return", true};
      c_live_ = true;

      // co_await ready (line 60)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      builder_.set_result(3);
      asl::destroy(c, c_live_);
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
  ready.set();
  std::printf("in_block %d\n", asl::sync_wait(in_block()));
  std::printf("spilled %d\n", asl::sync_wait(spilled()));
  try {
    asl::sync_wait(at_co_return());
  } catch (const std::runtime_error &e) {
    std::printf("task threw %s\n", e.what());
  }
}
