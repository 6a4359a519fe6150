// The left operand of a built-in comma whose right operand awaits, when it
// is a class prvalue with a destructor, is a temporary of the
// full-expression: it is destroyed at the end of the full-expression, after
// the await resumes, as natively, not before the await. Also through
// `(void)`, braces, `?:`, a call returning one and nested commas, in
// initializers, expression statements, conditions, loop heads and
// co_return; an exception from the await and a task destroyed while
// suspended destroy it exactly once.
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
static void use(const T &) {}
static T make(const char *s) { return T(s); }

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

// The state machine of initializers(), line 49. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct initializers_machine {
  explicit initializers_machine(bool &k) : k(std::move(k)) {}
  ~initializers_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 50).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    T temporary0_;
    T temporary2_;
    T temporary4_;
  };
  union {
    T temporary1_;
    T temporary3_;
    T temporary5_;
  };
  int v;
  int w;
  union {
    Later awaiter0_;
    Later awaiter1_;
    Later awaiter2_;
  };
  bool k;
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool temporary2_live_ = false;
  bool temporary3_live_ = false;
  bool temporary4_live_ = false;
  bool temporary5_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary5_, temporary5_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(temporary0_, temporary0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> initializers(bool k) {
  return asl::start<initializers_machine>(k);
}

inline void initializers_machine::move_next() {
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
      ::new (asl::place(temporary0_)) T(T("a"));
      temporary0_live_ = true;
      ::new (asl::place(temporary1_)) T(T("b"));
      temporary1_live_ = true;
      void(), use(temporary1_);
      // co_await later(3) (line 50)
      ::new (asl::place(awaiter0_)) Later(later(3));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      v = (void(), awaiter0_.await_resume());
      asl::destroy(temporary1_, temporary1_live_);
      asl::destroy(temporary0_, temporary0_live_);

      std::printf("  v %d\n", v);
      ::new (asl::place(temporary2_)) T(k ? T("c") : T("d"));
      temporary2_live_ = true;
      ::new (asl::place(temporary3_)) T(T{"e"});
      temporary3_live_ = true;
      // co_await later(4) (line 52)
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
      w = (void(), awaiter1_.await_resume());
      asl::destroy(temporary3_, temporary3_live_);
      asl::destroy(temporary2_, temporary2_live_);

      std::printf("  w %d\n", w);
      ::new (asl::place(temporary4_)) T(T("f"));
      temporary4_live_ = true;
      ::new (asl::place(temporary5_)) T(make("g"));
      temporary5_live_ = true;
      // co_await later(5) (line 54)
      ::new (asl::place(awaiter2_)) Later(later(5));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int x = (void(), awaiter2_.await_resume());
      asl::destroy(temporary5_, temporary5_live_);
      asl::destroy(temporary4_, temporary4_live_);

      std::printf("  x %d\n", x);
      builder_.set_result(v + w + x);
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

// The state machine of statements(), line 59. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct statements_machine {
  statements_machine() {}
  ~statements_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, T, bool, int>;

  asl::task_builder<int> builder_;
  union {
    T temporary0_;
    T temporary1_;
    T temporary5_;
    T temporary6_;
    T temporary7_;
    T temporary8_;
  };
  union {
    Later awaiter0_;
    T temporary2_;
    bool condition11_;
    Later awaiter3_;
    bool condition10_;
    int spill9_;
  };
  union {
    T temporary3_;
    Later awaiter2_;
    Later awaiter4_;
    Later awaiter5_;
  };
  union {
    T temporary4_;
  };
  int s;
  int i;
  int d;
  union {
    Later awaiter1_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool temporary2_live_ = false;
  bool temporary3_live_ = false;
  bool temporary4_live_ = false;
  bool temporary5_live_ = false;
  bool temporary6_live_ = false;
  bool temporary7_live_ = false;
  bool temporary8_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary8_, temporary8_live_);
    asl::destroy(temporary7_, temporary7_live_);
    asl::destroy(temporary6_, temporary6_live_);
    asl::destroy(temporary5_, temporary5_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(temporary0_, temporary0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> statements() {
  return asl::start<statements_machine>();
}

inline void statements_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
    default:
      break;
    }
    {
      s = 0;

      ::new (asl::place(temporary0_)) T(T("h"));
      temporary0_live_ = true;
      // co_await later(1) (line 61)
      ::new (asl::place(awaiter0_)) Later(later(1));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      void(), s += awaiter0_.await_resume();
      asl::destroy(temporary0_, temporary0_live_);

      std::printf("  s %d\n", s);
      ::new (asl::place(temporary1_)) T(T("i"));
      temporary1_live_ = true;
      ::new (asl::place(temporary2_)) T(T("j"));
      temporary2_live_ = true;
      ::new (asl::place(temporary3_)) T(T("k"));
      temporary3_live_ = true;
      ::new (asl::place(temporary4_)) T(T("l"));
      temporary4_live_ = true;
      // co_await later(2) (line 63)
      ::new (asl::place(awaiter1_)) Later(later(2));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      void(), s += awaiter1_.await_resume();
      asl::destroy(temporary4_, temporary4_live_);
      asl::destroy(temporary3_, temporary3_live_);
      asl::destroy(temporary2_, temporary2_live_);
      asl::destroy(temporary1_, temporary1_live_);

      std::printf("  s %d\n", s);
      {
        ::new (asl::place(temporary5_)) T(T("m"));
        temporary5_live_ = true;
        // co_await later(1) (line 65)
        ::new (asl::place(awaiter2_)) Later(later(1));
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          unwind_.release();
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition11_ = (void(), awaiter2_.await_resume()) == 1;
        asl::destroy(temporary5_, temporary5_live_);
        if (condition11_)
          std::printf("  then\n");
      }

      {
        i = 0;
        for (;;) {
          if (!(i < 2))
            break;
          std::printf("  body %d\n", i);
          ::new (asl::place(temporary6_)) T(T("n"));
          temporary6_live_ = true;
          // co_await later(1) (line 67)
          ::new (asl::place(awaiter3_)) Later(later(1));
          if (!awaiter3_.await_ready()) {
            state_ = 3;
            builder_.await_on_completed(awaiter3_, *this);
            unwind_.release();
            return;
          resume3_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          void(), i += awaiter3_.await_resume();
          asl::destroy(temporary6_, temporary6_live_);
        }
      }

      d = 0;

      for (;;) {
        std::printf("  do %d\n", d);
        ::new (asl::place(temporary7_)) T(T("o"));
        temporary7_live_ = true;
        // co_await later(1) (line 72)
        ::new (asl::place(awaiter4_)) Later(later(1));
        if (!awaiter4_.await_ready()) {
          state_ = 4;
          builder_.await_on_completed(awaiter4_, *this);
          unwind_.release();
          return;
        resume4_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition10_ = (void(), d += awaiter4_.await_resume()) < 2;
        asl::destroy(temporary7_, temporary7_live_);
        if (!condition10_)
          break;
      }

      ::new (asl::place(temporary8_)) T(T("p"));
      temporary8_live_ = true;
      spill9_ = s;
      // co_await later(10) (line 73)
      ::new (asl::place(awaiter5_)) Later(later(10));
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result((void(), spill9_ + awaiter5_.await_resume()));
      asl::destroy(temporary8_, temporary8_live_);
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

// The state machine of fails(), line 76. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct fails_machine {
  fails_machine() {}
  ~fails_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, T>;

  asl::task_builder<int> builder_;
  union {
    T temporary0_;
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
      ::new (asl::place(temporary0_)) T(T("q"));
      temporary0_live_ = true;
      // co_await later(-1) (line 77)
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
      int v = (void(), awaiter0_.await_resume());
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

// The state machine of suspended(), line 81. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct suspended_machine {
  suspended_machine() {}
  ~suspended_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, T>;

  asl::task_builder<int> builder_;
  union {
    T temporary0_;
  };
  union {
    T temporary1_;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(temporary0_, temporary0_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) T(T("r"));
      temporary0_live_ = true;
      ::new (asl::place(temporary1_)) T(T("s"));
      temporary1_live_ = true;
      // co_await later(7) (line 82)
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
      int v = (void(), awaiter0_.await_resume());
      asl::destroy(temporary1_, temporary1_live_);
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

int main() {
  std::printf("initializers:\n");
  asl::Task<int> t = initializers(true);
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("statements:\n");
  t = statements();
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
  t = asl::Task<int>();
  pending = nullptr;
  std::printf("done\n");
}
