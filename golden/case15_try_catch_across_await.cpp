// Checks that after a resumption the task is back inside the right nested try
// blocks (babel#9019, regenerator#200): an exception from await_resume goes to
// the inner handler, is rethrown to the outer one and drives a retry loop, and
// `continue` from a catch ends that iteration normally.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>

static std::function<void()> pending; // resumes the one suspended task
static int calls = 0;

struct Flaky { // fails on the first two completions, succeeds afterwards
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    if (++calls < 3)
      throw std::runtime_error("flaky");
    return calls;
  }
};
struct Scope {
  int n;
  ~Scope() { std::printf("  ~Scope(%d)\n", n); }
};

// The state machine of retryLoop(), line 30. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct retryLoop_machine {
  retryLoop_machine() {}
  ~retryLoop_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Flaky, Scope, bool, int>;

  asl::task_builder<int> builder_;
  int round;
  union {
    Scope s;
  };
  int c;
  bool retry;
  union {
    Flaky awaiter0_;
    Flaky awaiter1_;
  };
  int state_ = -1;
  bool s_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(s, s_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> retryLoop() { return asl::start<retryLoop_machine>(); }

inline void retryLoop_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto try2_;
    default:
      break;
    }
    {

      round = 0;

      do {
        retry = false;
        ::new (asl::place(s)) Scope{++round};
        s_live_ = true;

      try0_:
        try {
          switch (state_) {
          case 0:
            goto try1_;
          default:
            break;
          }

        try1_:
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }

            // co_await Flaky{} (line 38)
            ::new (asl::place(awaiter0_)) Flaky(Flaky{});
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              unwind_.release();
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            int v = awaiter0_.await_resume();

            std::printf("  success v=%d\n", v);
          } catch (const std::runtime_error &e) {
            std::printf("  inner catch: %s\n", e.what());
            throw;
          }
        } catch (...) {
          std::puts("  outer catch, will retry");
          retry = true;
        }
        asl::destroy(s, s_live_);
      } while (retry);
      std::printf("rounds=%d\n", round);
      calls = 0;
      for (c = 2; c > 0; --c) {
      try2_:
        try {
          switch (state_) {
          case 1:
            goto resume1_;
          default:
            break;
          }

          // co_await Flaky{} (line 53)
          ::new (asl::place(awaiter1_)) Flaky(Flaky{});
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

        } catch (...) {
          std::printf("  catch c=%d, continue\n", c);
          ++c;
          continue;
        }
        std::printf("  passed c=%d\n", c);
      }
      std::puts("loop 2 done");
      builder_.set_result(std::move(round));
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
  asl::Task<int> t = retryLoop();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
