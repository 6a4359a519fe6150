// Checks destroying a suspended task at each of its suspension points: exactly
// the locals alive there run their destructors, innermost first, then the
// task's own copy of its by-value parameter (llvm#63818, godot#116649).
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Local {
  const char *name;
  Local(const char *n) : name(n) { std::printf("    +%s\n", name); }
  Local(const Local &o) : name(o.name) {
    std::printf("    +%s (frame copy)\n", name);
  }
  ~Local() { std::printf("    -%s\n", name); }
};

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

// The state machine of work(), line 28. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct work_machine {
  explicit work_machine(Local &param) : param(std::move(param)) {}
  ~work_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Local, Pause, asl::parameter_copy<Local>, int> &&
      !asl::usually_suspends<Pause>;

  asl::task_builder<void> builder_;
  Local param;
  union {
    Local a;
  };
  union {
    Local b;
  };
  union {
    Local c;
  };
  union {
    Local d;
  };
  int i;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;
  bool c_live_ = false;
  bool d_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(d, d_live_);
    asl::destroy(c, c_live_);
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> work(Local param) {
  return asl::start<work_machine>(param);
}

inline void work_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      ::new (asl::place(a)) Local{"a"};
      a_live_ = true;

      // co_await Pause{} (line 30)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
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
      // stop 1: live = a (+ param copy)
      {
        ::new (asl::place(b)) Local{"b"};
        b_live_ = true;

        for (i = 0; i < 2; ++i) {
          ::new (asl::place(c)) Local{i == 0 ? "c0" : "c1"};
          c_live_ = true;

          // co_await Pause{} (line 35)
          ::new (asl::place(awaiter1_)) Pause(Pause{});
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
          // stop 2 / 3: live = a, b, c0 / c1
          asl::destroy(c, c_live_);
        }
        asl::destroy(b, b_live_);
      }
      ::new (asl::place(d)) Local{"d"};
      d_live_ = true;

      // co_await Pause{} (line 39)
      ::new (asl::place(awaiter2_)) Pause(Pause{});
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter2_.await_resume();
      // stop 4: live = a, d
      std::printf("    body finished (%s still alive)\n", param.name);
      asl::destroy(d, d_live_);
      asl::destroy(a, a_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

int main() {
  for (int stops = 0; stops <= 4; ++stops) {
    std::printf("resume %d time(s) then destroy:\n", stops);
    asl::Task<void> t = work(Local{"param"});
    std::printf("    (caller's param temporary gone)\n");
    for (int i = 0; i < stops && !t.is_ready(); ++i) {
      auto h = std::move(pending);
      pending = nullptr;
      h();
    }
    std::printf("    done=%d, destroy\n", (int)t.is_ready());
    t = asl::Task<void>();
    pending = nullptr;
  }
}
