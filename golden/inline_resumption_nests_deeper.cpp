// An awaiter that resumes the coroutine inside await_suspend, before it
// returns, nests one call per await, natively and lowered alike, so a loop
// of such awaits takes stack in proportion to its length. The lowering
// must nest no deeper than the native build: with the default 8 MiB stack
// at -O1, both finish 150000 of them (a level takes 32 bytes natively;
// lowered, 16 with clang++-19 and 32 with g++). probe9's finding 4: the
// lowered builds took 2 to 4 times the native stack per level and crashed.
// Unoptimized builds (the sanitized test builds, -O0) take hundreds of
// bytes per level natively too, so they run fewer.
#include <asl/task.h>

#include <cstdio>

#if defined(__OPTIMIZE__)
constexpr int awaits = 150000;
#else
constexpr int awaits = 2000;
#endif

struct Inline {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  int await_resume() const noexcept { return 1; }
};

// The state machine of app(), line 26. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct app_machine {
  explicit app_machine(int &n) : n(std::move(n)) {}
  ~app_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Inline, int, long>;

  asl::task_builder<long> builder_;
  long s;
  int n;
  int i;
  union {
    Inline awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<long> app(int n) { return asl::start<app_machine>(n); }

inline void app_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      s = 0;

      for (i = 0; i < n; ++i) {
        // co_await Inline{} (line 29)
        ::new (asl::place(awaiter0_)) Inline(Inline{});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        s += awaiter0_.await_resume();
      }

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

int main() {
  long s = asl::sync_wait(app(awaits));
  std::printf("%s\n", s == awaits ? "every await resumed" : "awaits lost");
}
