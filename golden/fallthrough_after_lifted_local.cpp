// `[[fallthrough]];` ending a case's block whose local lives across an
// await: the local is destroyed before the attribute, which must stay the
// last statement before the next case label.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev(true);

// The state machine of v(), line 11. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct v_machine {
  explicit v_machine(int &x) : x(std::move(x)) {}
  ~v_machine() { destroy_live(); }

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

ASL_ASYNC asl::Task<int> v(int x) { return asl::start<v_machine>(x); }

inline void v_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 12)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

// The state machine of run(), line 16. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  explicit run_machine(int &sel) : sel(std::move(sel)) {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 21).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string s;
  };
  union {
    std::string t;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int sel;
  int out;
  int state_ = -1;
  bool s_live_ = false;
  bool t_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(t, t_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(s, s_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run(int sel) { return asl::start<run_machine>(sel); }

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
      out = 0;

      switch (sel) {
      case 1: {
        ::new (asl::place(s)) std::string("four");
        s_live_ = true;

        // co_await v(static_cast<int>(s.size())) (line 21)
        ::new (asl::place(awaiter0_))
            asl::task_awaiter<int>{v(static_cast<int>(s.size()))};
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
        out += awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        asl::destroy(s, s_live_);
        [[fallthrough]];
      }
      case 2: {
        ::new (asl::place(t)) std::string("twelve chars");
        t_live_ = true;

        // co_await v(static_cast<int>(t.size())) (line 26)
        ::new (asl::place(awaiter1_))
            asl::task_awaiter<int>{v(static_cast<int>(t.size()))};
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
        out += awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);

        if (out > 100) {
          asl::destroy(t, t_live_);
          break;
        }

        asl::destroy(t, t_live_);
        [[fallthrough]];
      }
      case 3:
        out += 100;
        break;
      }
      builder_.set_result(std::move(out));
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
  std::printf("%d %d %d\n", asl::sync_wait(run(1)), asl::sync_wait(run(2)),
              asl::sync_wait(run(3)));
}
