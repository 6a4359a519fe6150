// A braced list passed as a by-value std::vector argument to an awaited call.
#include <asl/task.h>
#include <iostream>
#include <vector>
// The state machine of sum(), line 5. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct sum_machine {
  explicit sum_machine(std::vector<int> &v) : v(std::move(v)) {}
  ~sum_machine() {}

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 7).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::vector<int> v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> sum(std::vector<int> v) {
  return asl::start<sum_machine>(v);
}

inline void sum_machine::move_next() {
  try {
    {
      int s = 0;
      for (std::size_t i = 0; i < v.size(); ++i)
        s += v[i];
      builder_.set_result(std::move(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of f(), line 10. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct f_machine {
  f_machine() {}
  ~f_machine() { destroy_live(); }

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

ASL_ASYNC asl::Task<int> f() { return asl::start<f_machine>(); }

inline void f_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await sum({1, 2, 3}) (line 11)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{sum({1, 2, 3})};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int s = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(std::move(s));
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

int main() { std::cout << asl::sync_wait(f()) << "\n"; }
