// Checks an exception thrown by await_suspend in its void, bool and handle
// forms (cplusplus/draft#4568): it is rethrown inside the task at the await,
// without calling await_resume; the task's own try/catch sees it, and if
// uncaught it fails the task, after the task's locals are destroyed.
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>

struct Local {
  const char *n;
  ~Local() { std::printf("  ~%s\n", n); }
};

struct RefuseBase {
  bool await_ready() { return false; }
  int await_resume() { std::puts("  await_resume (must not run)"); return 0; }
  static void refuse() {
    std::puts("  await_suspend throws");
    throw std::runtime_error("refused");
  }
};
struct RefuseVoid : RefuseBase {
  template <class Handle> void await_suspend(Handle) { refuse(); }
};
struct RefuseBool : RefuseBase {
  template <class Handle> bool await_suspend(Handle) { refuse(); return true; }
};
struct RefuseHandle : RefuseBase {
  template <class Handle> Handle await_suspend(Handle h) { refuse(); return h; }
};

// The state machine of caught(), line 33. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct caught_machine {
  caught_machine() {}
  ~caught_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Local, RefuseBool, RefuseVoid>;

  asl::task_builder<void> builder_;
  union {
    Local outer;
  };
  union {
    Local inner;
  };
  union {
    RefuseVoid awaiter0_;
    RefuseBool awaiter1_;
  };
  int state_ = -1;
  bool outer_live_ = false;
  bool inner_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(inner, inner_live_);
    asl::destroy(outer, outer_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> caught() { return asl::start<caught_machine>(); }

inline void caught_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto try1_;
    default:
      break;
    }
    {
      ::new (asl::place(outer)) Local{"outer"};
      outer_live_ = true;

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(
            unwind_, [&] { asl::destroy(inner, inner_live_); });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(inner)) Local{"inner"};
        inner_live_ = true;

        // co_await RefuseVoid{} (line 37)
        ::new (asl::place(awaiter0_)) RefuseVoid(RefuseVoid{});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        int v = awaiter0_.await_resume();

        std::printf("  not reached %d\n", v);
        asl::destroy(inner, inner_live_);
      } catch (const std::exception &e) {
        std::printf("  caught in task: %s\n", e.what());
      }
    try1_:
      try {
        switch (state_) {
        case 1:
          goto resume1_;
        default:
          break;
        }

        // co_await RefuseBool{} (line 43)
        ::new (asl::place(awaiter1_)) RefuseBool(RefuseBool{});
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          unwind_.release();
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter1_.await_resume();

      } catch (...) {
        std::puts("  caught again (bool form)");
      }
      std::puts("  task continues normally");
      asl::destroy(outer, outer_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of uncaught(), line 50. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct uncaught_machine {
  uncaught_machine() {}
  ~uncaught_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable = asl::relocatable<Local, RefuseHandle> &&
                                      !asl::usually_suspends<RefuseHandle>;

  asl::task_builder<int> builder_;
  union {
    Local l;
  };
  union {
    RefuseHandle awaiter0_;
  };
  int state_ = -1;
  bool l_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(l, l_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> uncaught() { return asl::start<uncaught_machine>(); }

inline void uncaught_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(l)) Local{"local"};
      l_live_ = true;

      // co_await RefuseHandle{} (line 52)
      ::new (asl::place(awaiter0_)) RefuseHandle(RefuseHandle{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int v = awaiter0_.await_resume();

      std::puts("  not reached");
      builder_.set_result(std::move(v));
      asl::destroy(l, l_live_);
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
  std::puts("caught:");
  {
    asl::Task<void> t = caught();
    std::printf("  done=%d\n", (int)t.is_ready());
    asl::sync_wait(std::move(t));
  }
  std::puts("uncaught:");
  {
    asl::Task<int> t = uncaught();
    std::printf("  done=%d\n", (int)t.is_ready());
    try {
      asl::sync_wait(std::move(t));
    } catch (const std::exception &e) {
      std::printf("  task failed: %s\n", e.what());
    }
  }
}
