// Checks co_await as the right operand of ||, && and ?: (graaljs#110): when
// the left operand decides, the awaited operand is not evaluated and its
// awaiter is not even built.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Probe {
  const char *name;
  bool result;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  bool await_resume() {
    std::printf("  awaited %s -> %d\n", name, (int)result);
    return result;
  }
};

static Probe probe(const char *name, bool r) {
  std::printf("  built %s\n", name);
  return {name, r};
}

// The state machine of logic(), line 29. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct logic_machine {
  logic_machine(bool &t, bool &f) : t(std::move(t)), f(std::move(f)) {}
  ~logic_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Probe, bool>;

  asl::task_builder<void> builder_;
  union {
    Probe awaiter0_;
    Probe awaiter1_;
    Probe awaiter2_;
    Probe awaiter3_;
    Probe awaiter5_;
    bool condition6_;
  };
  union {
    Probe awaiter4_;
    Probe awaiter6_;
    Probe awaiter7_;
  };
  union {
    Probe awaiter8_;
  };
  bool t;
  bool f;
  bool r1;
  bool r2;
  bool r3;
  bool r4;
  bool r5;
  union {
    bool condition0_;
    bool condition1_;
    bool condition2_;
    bool condition3_;
    bool condition4_;
    bool condition5_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<void> logic(bool t, bool f) {
  return asl::start<logic_machine>(t, f);
}

inline void logic_machine::move_next() {
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
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    default:
      break;
    }
    {
      condition0_ = t;
      if (!condition0_) {
        // co_await probe("A", false) (line 30)
        ::new (asl::place(awaiter0_)) Probe(probe("A", false));
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      r1 = condition0_ || awaiter0_.await_resume();

      std::printf("r1=%d\n", (int)r1);
      condition1_ = f;
      if (condition1_) {
        // co_await probe("B", true) (line 32)
        ::new (asl::place(awaiter1_)) Probe(probe("B", true));
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      r2 = condition1_ && awaiter1_.await_resume();

      std::printf("r2=%d\n", (int)r2);
      condition2_ = f;
      if (!condition2_) {
        // co_await probe("C", true) (line 34)
        ::new (asl::place(awaiter2_)) Probe(probe("C", true));
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      r3 = condition2_ || awaiter2_.await_resume();

      std::printf("r3=%d\n", (int)r3);
      // co_await probe("D", false) (line 36)
      ::new (asl::place(awaiter3_)) Probe(probe("D", false));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      condition3_ = (awaiter3_.await_resume());
      if (condition3_) {
        // co_await probe("E", true) (line 36)
        ::new (asl::place(awaiter4_)) Probe(probe("E", true));
        if (!awaiter4_.await_ready()) {
          state_ = 4;
          builder_.await_on_completed(awaiter4_, *this);
          return;
        resume4_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      r4 = condition3_ && (awaiter4_.await_resume());

      std::printf("r4=%d\n", (int)r4);
      // co_await probe("F", true) (line 38)
      ::new (asl::place(awaiter5_)) Probe(probe("F", true));
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      condition4_ = (awaiter5_.await_resume());
      if (!condition4_) {
        // co_await probe("G", false) (line 38)
        ::new (asl::place(awaiter6_)) Probe(probe("G", false));
        if (!awaiter6_.await_ready()) {
          state_ = 6;
          builder_.await_on_completed(awaiter6_, *this);
          return;
        resume6_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      r5 = condition4_ || (awaiter6_.await_resume());

      std::printf("r5=%d\n", (int)r5);
      condition5_ = f;
      if (condition5_) {
        // co_await probe("H", true) (line 40)
        ::new (asl::place(awaiter7_)) Probe(probe("H", true));
        if (!awaiter7_.await_ready()) {
          state_ = 7;
          builder_.await_on_completed(awaiter7_, *this);
          return;
        resume7_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      } else {
        condition6_ = t;
        if (condition6_) {
          // co_await probe("I", true) (line 40)
          ::new (asl::place(awaiter8_)) Probe(probe("I", true));
          if (!awaiter8_.await_ready()) {
            state_ = 8;
            builder_.await_on_completed(awaiter8_, *this);
            return;
          resume8_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
      }
      int r6 = condition5_ ? awaiter7_.await_resume()
                           : (condition6_ && awaiter8_.await_resume()) + 40;

      std::printf("r6=%d\n", r6);
    }
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

int main() {
  asl::Task<void> task = logic(true, false);
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("main done=%d\n", (int)task.is_ready());
}
