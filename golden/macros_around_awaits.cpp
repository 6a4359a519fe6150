// Checks macros around awaits (found by the hostile corpus, test/hostile/):
// an object-like macro as the awaited operand, a function-like macro as an
// operand spilled before an await and as the co_return value, and a macro
// return type all lower to the macro invocation as written.
#include <asl/task.h>

#include <cstdio>

#define TWICE(x) ((x) * 2)
#define TASK_OF(T) asl::Task<T>
#define EVENT ready

asl::Event ready;

// The state machine of answer(), line 15. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct answer_machine {
  explicit answer_machine(int &x) : x(std::move(x)) {}
  ~answer_machine() { destroy_live(); }

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

ASL_ASYNC TASK_OF(int) answer(int x) { return asl::start<answer_machine>(x); }

inline void answer_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await EVENT (line 16)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(EVENT));
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

      builder_.set_result(TWICE(x));
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

// The state machine of around(), line 20. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct around_machine {
  around_machine() {}
  ~around_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int a;
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

ASL_ASYNC TASK_OF(int) around() { return asl::start<around_machine>(); }

inline void around_machine::move_next() {
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
      // co_await answer(TWICE(2)) (line 21)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{answer(TWICE(2))};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = TWICE(1) + awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await answer(a) (line 22)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{answer(a)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter1_.await_resume();
      int b = spill0_ - TWICE(a);
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(a + b);
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
  asl::Task<int> t = around();
  std::puts("set");
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
