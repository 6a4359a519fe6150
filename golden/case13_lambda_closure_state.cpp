// Checks that a closure's state and a member function's object are used in
// place, through `this`, not copied into the task (llvm#76995,
// CppCoreGuidelines#1756): calls and interleaved tasks share them. The
// original case uses a coroutine lambda, which async-lower does not lower;
// the closure is written out here as the class a lambda stands for.
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

// The state machine of Counter::bump(), line 30. state_ is -1 while it runs, N
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
      // co_await Pause{} (line 32)
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

// What `[n = 0, &outside](const char *who) mutable -> asl::Task<void>`
// stands for: captures as members, the body as a member function.
struct Closure {
  int n = 0;
  int &outside;
  struct call_machine;
  ASL_ASYNC asl::Task<void> call(const char *who);
};

// The state machine of Closure::call(), line 43. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Closure::call_machine {
  call_machine(Closure *this_, const char *&who)
      : this_(this_), who(std::move(who)) {}
  ~call_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause, const char *> && !asl::usually_suspends<Pause>;

  asl::task_builder<void> builder_;
  Closure *this_;
  const char *who;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<void> Closure::call(const char *who) {
  return asl::start<call_machine>(this, who);
}

inline void Closure::call_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ++this_->n;
      ++this_->outside;
      // co_await Pause{} (line 46)
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
      ++this_->outside;
      std::printf("  %s sees n=%d outside=%d\n", who, this_->n, this_->outside);
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
  Closure counter{0, outside};
  std::puts("sequential:");
  { asl::Task<void> t = counter.call("first"); resume(0); }
  { asl::Task<void> t = counter.call("second"); resume(1); }
  std::puts("interleaved:");
  asl::Task<void> a = counter.call("a"); // slot 0
  asl::Task<void> b = counter.call("b"); // slot 1
  resume(0);
  resume(1);
  Counter c;
  asl::Task<void> m1 = c.bump("m1"); // slot 0
  asl::Task<void> m2 = c.bump("m2"); // slot 1
  resume(1);
  resume(0);
  std::printf("member counter final n=%d\n", c.n);
}
