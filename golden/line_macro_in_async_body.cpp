// Checks that __LINE__ in an async body gives the input's line, as it does
// natively, though the body moves to other lines of the output: written
// directly (it becomes the number), as a macro's argument left as written,
// and in the expansion of a macro (spelled out: the preprocessor's number,
// the line of the invocation's end), before and after awaits.
#include <asl/task.h>

#include <cstdio>

#define LOG(what) std::printf("log %s %d\n", #what, __LINE__)
#define HERE __LINE__
#define SHOW(n) std::printf("show %d\n", (n))

struct Suspend {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  void await_resume() const noexcept {}
};

// The state machine of at_line(), line 20. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct at_line_machine {
  explicit at_line_machine(int &line) : line(std::move(line)) {}
  ~at_line_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Suspend, int> && !asl::usually_suspends<Suspend>;

  asl::task_builder<int> builder_;
  int line;
  union {
    Suspend awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> at_line(int line) {
  return asl::start<at_line_machine>(line);
}

inline void at_line_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Suspend{} (line 21)
      ::new (asl::place(awaiter0_)) Suspend(Suspend{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(std::move(line));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// For run(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct run_locals {
  // The lambda on line 36, built at where.
  static auto *later_lambda(void *where) {
    return ::new (where) auto([] { return 36; });
  }
};

// The state machine of run(), line 25. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine : run_locals {
  using later_closure = std::remove_pointer_t<decltype(later_lambda(nullptr))>;

  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'later' may be kept
  // (line 38).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int here;
  union {
    Suspend awaiter0_;
    Suspend awaiter1_;
    int spill0_;
    Suspend awaiter3_;
  };
  union {
    later_closure later;
  };
  int state_ = -1;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter2_, awaiter2_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto resume3_;
    default:
      break;
    }
    {
      std::printf("at %d\n", 26);
      /* LOG(...) expanded: it uses __LINE__ */ std::printf("log %s %d\n",
                                                            "start", 27);
      // co_await Suspend{} (line 28)
      ::new (asl::place(awaiter0_)) Suspend(Suspend{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::printf("after %d\n", 29);
      SHOW(30);
      here = 31;

      // co_await Suspend{} (line 32)
      ::new (asl::place(awaiter1_)) Suspend(Suspend{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      spill0_ = here;
      // co_await at_line(__LINE__) (line 33)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{at_line(33)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("here %d awaited %d\n", spill0_, awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);

      /* LOG(...) expanded: it uses __LINE__ */ std::printf("log %s %d\n",
                                                            "end", 35);
      later_lambda(asl::place(later));

      // co_await Suspend{} (line 37)
      ::new (asl::place(awaiter3_)) Suspend(Suspend{});
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter3_.await_resume();

      std::printf("lambda %d\n", later());
      builder_.set_result(0);
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

int main() { return asl::sync_wait(run()); }
