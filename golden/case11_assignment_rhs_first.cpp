// Checks that in E1 = E2 and E1 op= E2 the awaited right side runs before the
// left side is evaluated, as C++17 requires (roslyn#81212, roslyn PR #42807):
// a[i] = co_await ... writes the new index, x += co_await ... reads x afterwards.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task
static int slots[3] = {0, 0, 0}, idx = 0, acc = 10;
struct S { long f; } s{1};

static int *where(const char *tag) {
  std::printf("  where(%s)\n", tag);
  return &slots[1];
}

// The side effect each await has when it resumes. (The original case builds
// awaiters from lambdas; a machine cannot name a lambda's type, so these are
// named function objects.)
struct MoveIndex {
  int operator()() const { idx = 2; return 42; }
};
struct Announce {
  int operator()() const { std::puts("  right side awaited"); return 7; }
};
struct ResetAcc {
  int operator()() const { acc = 100; return 1; }
};
struct ResetField {
  int operator()() const { s.f = 64; return 1; }
};

template <class F> struct Act { // runs f after a real suspension
  F f;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return f(); }
};
template <class F> Act<F> act(F f) { return {f}; }

// The state machine of demo(), line 44. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct demo_machine {
  demo_machine() {}
  ~demo_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Act<Announce>, Act<MoveIndex>, Act<ResetAcc>,
                       Act<ResetField>, int>;

  asl::task_builder<void> builder_;
  union {
    int spill0_;
    int spill1_;
    Act<ResetAcc> awaiter2_;
    Act<ResetField> awaiter3_;
  };
  union {
    Act<MoveIndex> awaiter0_;
    Act<Announce> awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<void> demo() { return asl::start<demo_machine>(); }

inline void demo_machine::move_next() {
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
      // co_await act(MoveIndex{}) (line 45)
      ::new (asl::place(awaiter0_)) Act<MoveIndex>(act(MoveIndex{}));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      slots[idx] = spill0_;

      std::printf("slots = %d %d %d\n", slots[0], slots[1], slots[2]);
      // co_await act(Announce{}) (line 47)
      ::new (asl::place(awaiter1_)) Act<Announce>(act(Announce{}));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = awaiter1_.await_resume();
      *where("target") = spill1_;

      std::printf("slots = %d %d %d\n", slots[0], slots[1], slots[2]);
      // co_await act(ResetAcc{}) (line 49)
      ::new (asl::place(awaiter2_)) Act<ResetAcc>(act(ResetAcc{}));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      acc += awaiter2_.await_resume();

      std::printf("acc = %d\n", acc);
      // co_await act(ResetField{}) (line 51)
      ::new (asl::place(awaiter3_)) Act<ResetField>(act(ResetField{}));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      s.f >>= awaiter3_.await_resume();

      std::printf("s.f = %ld\n", s.f);
    }
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

int main() {
  asl::Task<void> t = demo();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("main done=%d\n", (int)t.is_ready());
}
