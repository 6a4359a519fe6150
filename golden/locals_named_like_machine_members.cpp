// Locals that live across awaits and are named like members of the state
// machine the runtime calls (`move_next`, `relocatable`, `builder_`): their
// fields are renamed, as for any other name clash, and the body uses the new
// names. (A parameter of such a name is refused: the machine keeps each
// parameter in a field of the parameter's own name.)
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

// The state machine of run(), line 12. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

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
  int move_next1;
  int relocatable1;
  int builder_1;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      move_next1 = 2;

      relocatable1 = 3;

      builder_1 = 4;

      // co_await ready (line 16)
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

      move_next1 += relocatable1 * builder_1;
      std::printf("%d %d %d\n", move_next1, relocatable1, builder_1);
      builder_.set_result(std::move(move_next1));
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
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
