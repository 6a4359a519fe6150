// A relocatable machine (only trivially copyable fields) whose awaiters
// throw from await_suspend, resume inline from await_suspend, and suspend
// for real, in a loop with try/catch; exceptions after the real suspension
// (once the machine lives in its heap box) still reach the right handler.
#include <asl/task.h>
#include <cstdio>
#include <stdexcept>
#include <functional>
static std::function<void()> later;
struct Refuse {
  int code;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H) {
    throw std::runtime_error("refused " + std::to_string(code));
  }
  int await_resume() const noexcept { return 0; }
};
struct Resume {
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H h) { h.resume(); return true; }
  int await_resume() const noexcept { return 5; }
};
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { later = [h] { h.resume(); }; }
  int await_resume() const noexcept { return 1; }
};
// The state machine of run(), line 28. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Later, Refuse, Resume, int>;

  asl::task_builder<int> builder_;
  int total;
  int i;
  union {
    Refuse awaiter0_;
    Resume awaiter1_;
    Later awaiter2_;
    Refuse awaiter3_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto try1_;
    default:
      break;
    }
    {
      total = 0;

      for (i = 0; i < 3; ++i) {
      try0_:
        try {
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }

          // co_await Refuse{i} (line 32)
          ::new (asl::place(awaiter0_)) Refuse(Refuse{i});
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          total += awaiter0_.await_resume();

        } catch (const std::exception &e) {
          std::printf("caught %s total=%d\n", e.what(), total);
          total += 10;
        }
        // co_await Resume{} (line 37)
        ::new (asl::place(awaiter1_)) Resume(Resume{});
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        total += awaiter1_.await_resume();
      }
      // co_await Later{} (line 39)
      ::new (asl::place(awaiter2_)) Later(Later{});
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      total += awaiter2_.await_resume();

    try1_:
      try {
        switch (state_) {
        case 3:
          goto resume3_;
        default:
          break;
        }

        // co_await Refuse{9} (line 41)
        ::new (asl::place(awaiter3_)) Refuse(Refuse{9});
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        total += awaiter3_.await_resume();

      } catch (const std::exception &e) {
        std::printf("caught after resumption %s\n", e.what());
      }
      builder_.set_result(std::move(total));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  asl::Task<int> t = run();
  std::printf("ready %d\n", t.is_ready());
  later();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
