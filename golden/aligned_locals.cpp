// Checks locals declared with an alignment (alignas, [[gnu::aligned]]) that
// live across an await: the machine's field keeps the alignment, before the
// first suspension (the machine may start on the caller's stack) and after
// it (in its heap box). The alignment belongs to the variable, not to its
// type, so the field's declaration has to say it again. (Found by probe3:
// the fields were only 8-aligned.)
#include <asl/task.h>

#include <cstdint>
#include <cstdio>

struct Buf {
  double v[4];
};

asl::Event ready;

bool aligned(const void *p, std::uintptr_t n) {
  return reinterpret_cast<std::uintptr_t>(p) % n == 0;
}

// The state machine of run(), line 22. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'd' may be kept (line
  // 28).
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  union {
    alignas(32) double d[4];
  };
  union {
    alignas(32) Buf b;
  };
  union {
    alignas(32) double g[2];
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  alignas(16) int n;
  char c;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<double> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      c = 'x';

      ::new (asl::place(d)) double[4]{1, 2, 3, 4};

      ::new (asl::place(b)) Buf{};

      ::new (asl::place(g)) double[2]{5, 6};

      n = 7;

      std::printf("before: %d %d %d %d\n", aligned(d, 32), aligned(&b, 32),
                  aligned(g, 32), aligned(&n, 16));
      // co_await ready (line 30)
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

      d[0] = c;
      std::printf("after: %d %d %d %d\n", aligned(d, 32), aligned(&b, 32),
                  aligned(g, 32), aligned(&n, 16));
      builder_.set_result(d[0] + d[3] + b.v[0] + g[1] + n);
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
  asl::Task<double> task = run();
  ready.set();
  std::printf("%g\n", asl::sync_wait(std::move(task)));
}
