// Checks an await_suspend that resumes its own task synchronously
// (cppinsights#727): the resume point is recorded before await_suspend runs, the
// body goes on inside that call, and nothing of it runs again afterwards.
#include <asl/task.h>

#include <cstdio>

static int step = 0;

struct ResumeNow {
  int id;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    int me = id; // *this is dead once the resumed body moves on
    std::printf("  [%d] await_suspend resumes the task itself\n", me);
    h.resume();
    std::printf("  [%d] await_suspend returns\n", me);
  }
  void await_resume() { std::printf("  [%d] await_resume\n", id); }
};

// The state machine of worker(), line 22. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct worker_machine {
  worker_machine() {}
  ~worker_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<ResumeNow, int> && !asl::usually_suspends<ResumeNow>;

  asl::task_builder<int> builder_;
  int local;
  union {
    ResumeNow awaiter0_;
    ResumeNow awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> worker() { return asl::start<worker_machine>(); }

inline void worker_machine::move_next() {
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
      local = 100;

      std::printf("  A step=%d\n", ++step);
      // co_await ResumeNow{1} (line 25)
      ::new (asl::place(awaiter0_)) ResumeNow(ResumeNow{1});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      local += 1;
      std::printf("  B step=%d local=%d\n", ++step, local);
      // co_await ResumeNow{2} (line 28)
      ::new (asl::place(awaiter1_)) ResumeNow(ResumeNow{2});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      local += 1;
      std::printf("  C step=%d local=%d\n", ++step, local);
      builder_.set_result(std::move(local));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of caller(), line 34. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct caller_machine {
  caller_machine() {}
  ~caller_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> caller() { return asl::start<caller_machine>(); }

inline void caller_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::puts("  caller awaits worker");
      // co_await worker() (line 36)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{worker()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int v = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("  caller got %d\n", v);
      builder_.set_result(v + 1);
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
  std::puts("main: start worker");
  asl::Task<int> t = worker();
  std::printf("main: back, done=%d step=%d\n", (int)t.is_ready(), step);
  std::printf("main: result %d\n", asl::sync_wait(std::move(t)));
  step = 0;
  std::puts("main: start caller");
  asl::Task<int> c = caller();
  std::printf("main: back, done=%d step=%d\n", (int)c.is_ready(), step);
  std::printf("main: result %d\n", asl::sync_wait(std::move(c)));
}
