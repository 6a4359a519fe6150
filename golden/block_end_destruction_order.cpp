// Checks that a local declared after a lifted one in the same block, and not
// itself alive across an await, is still destroyed before it, as natively.
#include <asl/task.h>

#include <cstdio>

struct Noisy {
  const char *name;
  ~Noisy() { std::printf("  drop %s\n", name); }
};

asl::Event ready;

// The state machine of run(), line 14. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Noisy, asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    Noisy first;
  };
  union {
    Noisy second;
  };
  union {
    Noisy third;
  };
  union {
    Noisy outer;
  };
  union {
    Noisy last;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int state_ = -1;
  bool first_live_ = false;
  bool second_live_ = false;
  bool third_live_ = false;
  bool outer_live_ = false;
  bool last_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(last, last_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(outer, outer_live_);
    asl::destroy(third, third_live_);
    asl::destroy(second, second_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(first, first_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      {
        ::new (asl::place(first)) Noisy{"first"};
        first_live_ = true;

        // co_await ready (line 17)
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

        ::new (asl::place(second)) Noisy{"second"};
        second_live_ = true;
        ::new (asl::place(third)) Noisy{"third"};
        third_live_ = true;

        std::printf("  end of inner block\n");
        asl::destroy(third, third_live_);
        asl::destroy(second, second_live_);
        asl::destroy(first, first_live_);
      }
      std::printf("  after inner block\n");
      ::new (asl::place(outer)) Noisy{"outer"};
      outer_live_ = true;

      // co_await ready (line 23)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter1_live_ = true;
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
      asl::destroy(awaiter1_, awaiter1_live_);

      ::new (asl::place(last)) Noisy{"last"};
      last_live_ = true;

      builder_.set_result(0);
      asl::destroy(last, last_live_);
      asl::destroy(outer, outer_live_);
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
  return asl::sync_wait(run());
}
