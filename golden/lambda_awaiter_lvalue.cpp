// Checks awaiter objects whose type holds a lambda, named by the operand
// (lvalues): each is used where it is, as natively (no copy, not destroyed
// by the await), whether it is ready at once, suspends, or declines to
// suspend; the same object is awaited again and keeps its state, and one
// that throws from await_resume reaches the caller's handler.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>

static std::function<void()> pending; // resumes the one suspended task

template <class F> struct Counted { // suspends on odd uses
  F f;
  int uses = 0;
  Counted(F g) : f(g) {}
  Counted(const Counted &) = delete;
  ~Counted() { std::printf("  awaiter destroyed after %d uses\n", uses); }
  bool await_ready() { return uses % 2 == 0; }
  template <class Handle> bool await_suspend(Handle h) {
    if (uses == 3) // declines: resumes at once
      return false;
    pending = [h] { h.resume(); };
    return true;
  }
  int await_resume() {
    ++uses;
    if (uses == 5)
      throw std::runtime_error("fifth use");
    return f(uses);
  }
};

static int scale = 10;
static auto counted = Counted([](int n) { return scale * n; });
static auto &awaiter() { return counted; }

// The state machine of run(), line 39. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::erased_awaiter<int>, bool, int>;

  asl::task_builder<int> builder_;
  union {
    bool condition0_;
    asl::erased_awaiter<int> awaiter2_;
  };
  union {
    asl::erased_awaiter<int> awaiter0_;
  };
  union {
    asl::erased_awaiter<int> awaiter1_;
  };
  int total;
  int i;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
    case 1:
      goto try0_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      total = 0;

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(awaiter0_, awaiter0_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        case 1:
          goto resume1_;
        default:
          break;
        }

        for (i = 0; i < 5; ++i) {
          condition0_ = i < 2;
          if (condition0_) {
            // co_await counted (line 43)
            ::new (asl::place(awaiter0_))
                asl::erased_awaiter<int>(asl::borrowed_awaiter, counted);
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
          } else {
            // co_await awaiter() (line 43)
            ::new (asl::place(awaiter1_))
                asl::erased_awaiter<int>(asl::borrowed_awaiter, awaiter());
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
          }
          int got =
              condition0_ ? awaiter0_.await_resume() : awaiter1_.await_resume();
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(awaiter0_, awaiter0_live_);

          std::printf("  use %d gave %d\n", i + 1, got);
          total += got;
        }
      } catch (const std::exception &e) {
        std::printf("  caught %s\n", e.what());
      }
      static auto shared = Counted([](int n) { return -n; });
      // co_await shared (line 51)
      ::new (asl::place(awaiter2_))
          asl::erased_awaiter<int>(asl::borrowed_awaiter, shared);
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      total += awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      builder_.set_result(std::move(total));
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
  asl::Task<int> task = run();
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  std::printf("run: %d\n", asl::sync_wait(std::move(task)));
}
