// Checks awaits inside a switch (graaljs#431, coffee-script#55): an awaited
// selector is evaluated once, resumption lands mid-case with fallthrough and a
// block-scoped local, and a switch whose awaiting case is not taken continues.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task
static int evals = 0;

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};
struct Pick : Pause {
  int v;
  explicit Pick(int x) : v(x) {}
  int await_resume() { ++evals; return v; }
};

// The state machine of run(), line 25. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  explicit run_machine(int &sel) : sel(std::move(sel)) {}
  ~run_machine() {}

  // Built in its heap box from the start: a constructor of 'Pick' may keep the
  // address of the awaiter at line 27.
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  int sel;
  int local;
  union {
    int condition0_;
    Pause awaiter1_;
    Pause awaiter2_;
    Pause awaiter3_;
  };
  union {
    Pick awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<void> run(int sel) { return asl::start<run_machine>(sel); }

inline void run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto resume3_;
    default:
      break;
    }
    {
      std::printf("sel=%d:", sel);
      {
        // co_await Pick{sel} (line 27)
        ::new (asl::place(awaiter0_)) Pick(Pick{sel});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition0_ = awaiter0_.await_resume();
        switch (condition0_) {
        case 1:
          std::printf(" 1");
          // co_await Pause{} (line 30)
          ::new (asl::place(awaiter1_)) Pause(Pause{});
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter1_.await_resume();

          std::printf(" 2");
          [[fallthrough]];
        case 2: {
          local = 30;

          // co_await Pause{} (line 35)
          ::new (asl::place(awaiter2_)) Pause(Pause{});
          if (!awaiter2_.await_ready()) {
            state_ = 2;
            builder_.await_on_completed(awaiter2_, *this);
            return;
          resume2_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter2_.await_resume();

          std::printf(" %d", local / 10);
          if (sel == 2)
            break;
          // co_await Pause{} (line 39)
          ::new (asl::place(awaiter3_)) Pause(Pause{});
          if (!awaiter3_.await_ready()) {
            state_ = 3;
            builder_.await_on_completed(awaiter3_, *this);
            return;
          resume3_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter3_.await_resume();

          std::printf(" 4");
          break;
        }
        case 3:
          std::printf(" three");
          break;
        default:
          std::printf(" default");
        }
      }

      std::printf(" | after switch, selector evaluated %d time(s)\n", evals);
    }
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

static void drain() {
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
}

int main() {
  int sels[] = {1, 2, 3, 9};
  for (int sel : sels) {
    evals = 0;
    asl::Task<void> t = run(sel);
    drain();
    if (!t.is_ready())
      std::puts("not done");
  }
}
