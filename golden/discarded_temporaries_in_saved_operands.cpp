// A class prvalue with a destructor whose value is discarded (the left
// operand of a comma, the operand of a cast to void) inside an operand that
// is saved before an await of the same full-expression is a temporary of
// the full-expression: it is destroyed at its end, after the await
// resumes, as natively, not where the saved operand is computed. In the
// saved condition of `&&`, `||` and `?:`, and in an operand saved before
// an await (a call's argument, a side of `+`); an exception from the await
// and a task destroyed while suspended destroy it exactly once.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>

static std::function<void()> pending; // resumes the one suspended task
static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

struct T { // prints its whole life
  const char *n;
  explicit T(const char *s) : n(s) { std::printf("  +%s\n", n); }
  T(const T &o) : n(o.n) { std::printf("  copy %s\n", n); }
  T(T &&o) noexcept : n(o.n) { std::printf("  move %s\n", n); }
  ~T() { std::printf("  -%s\n", n); }
};
static int f(int v) {
  std::printf("  f %d\n", v);
  return v;
}

struct Later { // yields `value` after a real suspension, or throws
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::printf("  resumed %d\n", value);
    if (value < 0)
      throw std::runtime_error("bad");
    return value;
  }
};
static Later later(int v) { return {v}; }

// The state machine of conditions(), line 51. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct conditions_machine {
  explicit conditions_machine(bool &k) : k(std::move(k)) {}
  ~conditions_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'k' may be kept (line
  // 58).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    T temporary1_;
    T temporary3_;
    T temporary5_;
  };
  int i;
  union {
    bool condition6_;
    Later awaiter1_;
    Later awaiter2_;
  };
  union {
    Later awaiter0_;
  };
  bool k;
  bool b;
  union {
    bool condition0_;
    bool condition2_;
    bool condition4_;
  };
  int state_ = -1;
  bool temporary1_live_ = false;
  bool temporary3_live_ = false;
  bool temporary5_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary5_, temporary5_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(temporary1_, temporary1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> conditions(bool k) {
  return asl::start<conditions_machine>(k);
}

inline void conditions_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      i = 0;

      for (;;) {
        std::printf("  do %d\n", i);
        ::new (asl::place(temporary1_)) T(T("a"));
        temporary1_live_ = true;
        condition0_ = (void(), i++) < 2;
        if (condition0_) {
          // co_await later(i) (line 55)
          ::new (asl::place(awaiter0_)) Later(later(i));
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            unwind_.release();
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
        condition6_ = condition0_ && awaiter0_.await_resume();
        asl::destroy(temporary1_, temporary1_live_);
        if (!condition6_)
          break;
      }

      ::new (asl::place(temporary3_)) T(T("b"));
      temporary3_live_ = true;
      condition2_ = (void(), !k);
      if (!condition2_) {
        // co_await later(1) (line 56)
        ::new (asl::place(awaiter1_)) Later(later(1));
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
      b = condition2_ || awaiter1_.await_resume() > 0;
      asl::destroy(temporary3_, temporary3_live_);

      std::printf("  b %d\n", b);
      ::new (asl::place(temporary5_)) T(T("c"));
      temporary5_live_ = true;
      condition4_ = (void(), k);
      if (condition4_) {
        // co_await later(2) (line 58)
        ::new (asl::place(awaiter2_)) Later(later(2));
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          unwind_.release();
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      int c = condition4_ ? awaiter2_.await_resume() : 0;
      asl::destroy(temporary5_, temporary5_live_);

      std::printf("  c %d\n", c);
      builder_.set_result(i + b + c);
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

// The state machine of operands(), line 63. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct operands_machine {
  operands_machine() {}
  ~operands_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, T, int>;

  asl::task_builder<int> builder_;
  union {
    T temporary0_;
    T temporary2_;
  };
  union {
    int spill1_;
    T temporary3_;
  };
  union {
    Later awaiter0_;
    T temporary4_;
  };
  int v;
  union {
    int spill5_;
  };
  union {
    Later awaiter1_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary2_live_ = false;
  bool temporary3_live_ = false;
  bool temporary4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(temporary0_, temporary0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> operands() { return asl::start<operands_machine>(); }

inline void operands_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) T(T("d"));
      temporary0_live_ = true;
      spill1_ = f((void(), 1));
      // co_await later(2) (line 64)
      ::new (asl::place(awaiter0_)) Later(later(2));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      v = spill1_ + awaiter0_.await_resume();
      asl::destroy(temporary0_, temporary0_live_);

      std::printf("  v %d\n", v);
      ::new (asl::place(temporary2_)) T(T("e"));
      temporary2_live_ = true;
      ::new (asl::place(temporary3_)) T(T("f"));
      temporary3_live_ = true;
      ::new (asl::place(temporary4_)) T(T("g"));
      temporary4_live_ = true;
      spill5_ = f((void(), (void(), void()), 3));
      // co_await later(4) (line 66)
      ::new (asl::place(awaiter1_)) Later(later(4));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int w = spill5_ * awaiter1_.await_resume();
      asl::destroy(temporary4_, temporary4_live_);
      asl::destroy(temporary3_, temporary3_live_);
      asl::destroy(temporary2_, temporary2_live_);

      std::printf("  w %d\n", w);
      builder_.set_result(v + w);
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

// The state machine of fails(), line 71. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct fails_machine {
  fails_machine() {}
  ~fails_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, T, int>;

  asl::task_builder<int> builder_;
  union {
    T temporary0_;
  };
  union {
    int spill1_;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(temporary0_, temporary0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> fails() { return asl::start<fails_machine>(); }

inline void fails_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) T(T("h"));
      temporary0_live_ = true;
      spill1_ = f((void(), 1));
      // co_await later(-1) (line 72)
      ::new (asl::place(awaiter0_)) Later(later(-1));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int v = spill1_ + awaiter0_.await_resume();
      asl::destroy(temporary0_, temporary0_live_);

      builder_.set_result(std::move(v));
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

// The state machine of suspended(), line 76. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct suspended_machine {
  suspended_machine() {}
  ~suspended_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, T, bool, int>;

  asl::task_builder<int> builder_;
  union {
    T temporary1_;
    T temporary3_;
  };
  int v;
  union {
    bool condition0_;
    int spill2_;
  };
  union {
    Later awaiter0_;
    int spill4_;
  };
  union {
    Later awaiter1_;
  };
  int state_ = -1;
  bool temporary1_live_ = false;
  bool temporary3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(temporary1_, temporary1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> suspended() { return asl::start<suspended_machine>(); }

inline void suspended_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary1_)) T(T("i"));
      temporary1_live_ = true;
      condition0_ = f((void(), 1)) < 2;
      if (condition0_) {
        // co_await later(7) (line 77)
        ::new (asl::place(awaiter0_)) Later(later(7));
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      v = condition0_ && awaiter0_.await_resume();
      asl::destroy(temporary1_, temporary1_live_);

      spill2_ = v;
      ::new (asl::place(temporary3_)) T(T("j"));
      temporary3_live_ = true;
      spill4_ = spill2_ + f((void(), 2));
      // co_await later(8) (line 78)
      ::new (asl::place(awaiter1_)) Later(later(8));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill4_ + awaiter1_.await_resume());
      asl::destroy(temporary3_, temporary3_live_);
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
  std::printf("conditions:\n");
  asl::Task<int> t = conditions(true);
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("operands:\n");
  t = operands();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("fails:\n");
  t = fails();
  drain();
  try {
    asl::sync_wait(std::move(t));
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  std::printf("destroyed while suspended:\n");
  t = suspended();
  auto resume = std::move(pending); // past the first await, to the second
  pending = nullptr;
  resume();
  pending = nullptr;
  t = asl::Task<int>();
  std::printf("done\n");
}
