// Lifted locals keep their initialiser form: a braced array, parentheses
// around a call, braces around a call, a constructor with two arguments, a
// parenthesised scalar.
#include <asl/task.h>
#include <iostream>
#include <string>
asl::Event ev;
std::string make() { return "made"; }
// The state machine of f(), line 9. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct f_machine {
  f_machine() {}
  ~f_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'names' may be kept
  // (line 16).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string names[2];
  };
  union {
    std::string direct;
  };
  union {
    std::string braced;
  };
  union {
    std::string filled;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int n;
  int state_ = -1;
  bool names_live_ = false;
  bool direct_live_ = false;
  bool braced_live_ = false;
  bool filled_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(filled, filled_live_);
    asl::destroy(braced, braced_live_);
    asl::destroy(direct, direct_live_);
    asl::destroy(names, names_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> f() { return asl::start<f_machine>(); }

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
      ::new (asl::place(names)) std::string[2]{"ann", "bo"};
      names_live_ = true;

      ::new (asl::place(direct)) std::string(make());
      direct_live_ = true;

      ::new (asl::place(braced)) std::string{make()};
      braced_live_ = true;

      ::new (asl::place(filled)) std::string(3, 'x');
      filled_live_ = true;

      n = (4);

      // co_await ev (line 15)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      std::cout << names[0] << names[1] << direct << braced << filled << n
                << "\n";
      builder_.set_result(0);
      asl::destroy(filled, filled_live_);
      asl::destroy(braced, braced_live_);
      asl::destroy(direct, direct_live_);
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

int main() { ev.set(); return asl::sync_wait(f()); }
