// The comma operator with awaits among its operands: each operand runs in
// order for its effects, only the last one's value is used, and the lowered
// code has no discarded value that -Wunused-value would flag.
#include <asl/task.h>
#include <iostream>

asl::Event ready;

int trace(int x) {
  std::cout << "  trace " << x << "\n";
  return x;
}

// The state machine of fetch(), line 14. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct fetch_machine {
  explicit fetch_machine(int &x) : x(std::move(x)) {}
  ~fetch_machine() { destroy_live(); }

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
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> fetch(int x) { return asl::start<fetch_machine>(x); }

inline void fetch_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 15)
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

      std::cout << "  fetch " << x << "\n";
      builder_.set_result(std::move(x));
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

// The state machine of run(), line 20. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter3_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int a;
  int b;
  int total;
  int i;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

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
      trace(1);
      // co_await fetch(2) (line 21)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{fetch(2)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = (void(), awaiter0_.await_resume(), trace(3));
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await fetch(4) (line 22)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{fetch(4)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume(), trace(5);
      // co_await fetch(6) (line 22)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{fetch(6)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = (void(), awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);

      total = 0;

      for (i = 0; i < 2; trace(10 + i), ++i) {
        trace(20 + i);
        // co_await fetch(30 + i) (line 25)
        ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{fetch(30 + i)};
        awaiter3_live_ = true;
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        total += (void(), awaiter3_.await_resume());
        asl::destroy(awaiter3_, awaiter3_live_);
      }

      builder_.set_result(a + b + total);
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
  asl::Task<int> task = run();
  ready.set();
  std::cout << "result " << asl::sync_wait(std::move(task)) << "\n";
}
