// An uninitialized local array of class type that lives across an await.
#include <asl/task.h>
#include <iostream>
#include <string>
// The state machine of f(), line 5. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct f_machine {
  explicit f_machine(asl::Event &e) : e(e) {}
  ~f_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'names' may be kept
  // (line 8).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Event &e;
  union {
    std::string names[2];
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool names_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(names, names_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> f(asl::Event &e) { return asl::start<f_machine>(e); }

inline void f_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(names)) std::string[2];
      names_live_ = true;

      // co_await e (line 7)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(e));
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

      names[1] = "x";
      builder_.set_result(static_cast<int>(names[1].size()));
      asl::destroy(names, names_live_);
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
  asl::Event e(true);
  std::cout << asl::sync_wait(f(e)) << "\n";
}
