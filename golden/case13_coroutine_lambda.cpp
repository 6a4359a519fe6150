// Checks case 13 in its original form, a coroutine lambda: its captures stay
// in the closure and the body uses them through it, not copies in the task
// (llvm#76995, CppCoreGuidelines#1756), so calls and interleaved tasks share
// them; by-copy (mutable), by-reference and init-captures.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending[2]; // resumes suspended tasks, by slot
static int next_slot = 0;

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending[next_slot++ % 2] = [h] { h.resume(); };
  }
  void await_resume() {}
};

static void resume(int slot) {
  auto h = std::move(pending[slot]);
  pending[slot] = nullptr;
  h();
}

struct Counter { // the same thing written as a class with an async member
  int n = 0;
  struct bump_machine;
  ASL_ASYNC asl::Task<void> bump(const char *who);
};

// The state machine of Counter::bump(), line 29. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Counter::bump_machine {
  bump_machine(Counter *this_, const char *&who)
      : this_(this_), who(std::move(who)) {}
  ~bump_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause, const char *> && !asl::usually_suspends<Pause>;

  asl::task_builder<void> builder_;
  Counter *this_;
  const char *who;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<void> Counter::bump(const char *who) {
  return asl::start<bump_machine>(this, who);
}

inline void Counter::bump_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ++this_->n;
      // co_await Pause{} (line 31)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      ++this_->n;
      std::printf("  %s (member) sees n=%d\n", who, this_->n);
    }
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

int main() {
  int outside = 0;
  auto counter = [n = 0, &outside](const char *who) mutable
      -> asl::Task<void> {
    // The state machine of the lambda, line 39. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine {
      lambda_machine(int &n, int &outside, const char *&who)
          : n(n), outside(outside), who(std::move(who)) {}
      ~lambda_machine() {}

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable)
      // and if the await every call begins with may complete at once (see
      // asl::is_usually_suspending).
      using relocatable =
          std::bool_constant<asl::relocatable<Pause, const char *> &&
                             !asl::usually_suspends<Pause>>;

      asl::task_builder<void> builder_;
      int &n;
      int &outside;
      const char *who;
      union {
        Pause awaiter0_;
      };
      int state_ = -1;

      void move_next() {
        try {
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }
          {
            ++n;
            ++outside;
            // co_await Pause{} (line 43)
            ::new (asl::place(awaiter0_)) Pause(Pause{});
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter0_.await_resume();

            ++n;
            ++outside;
            std::printf("  %s sees n=%d outside=%d\n", who, n, outside);
          }
          builder_.set_result();
        } catch (...) {
          builder_.set_current_exception();
        }
        state_ = -2;
        builder_.complete();
      }
    };

    return asl::start<lambda_machine>(n, outside, who);
  };
  std::puts("sequential:");
  { asl::Task<void> t = counter("first"); resume(0); }
  { asl::Task<void> t = counter("second"); resume(1); }
  std::puts("interleaved:");
  asl::Task<void> a = counter("a"); // slot 0
  asl::Task<void> b = counter("b"); // slot 1
  resume(0);
  resume(1);
  Counter c;
  asl::Task<void> m1 = c.bump("m1"); // slot 0
  asl::Task<void> m2 = c.bump("m2"); // slot 1
  resume(1);
  resume(0);
  std::printf("member counter final n=%d\n", c.n);
}
