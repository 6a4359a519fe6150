// Checks awaits in the operands of `?:`, `&&` and `||` in the forms the
// rewrite of those operators has to keep: a glvalue ?: that is assigned to
// (an await in the branch that names the object, another on the right of
// `=`, which runs first), an await whose operand is a ?: with an await
// inside, && in a switch and a do-while head, a throw-expression as the
// other operand of ?: (the output assigned the throw to the result field
// and did not compile), a void ?: as a statement, a bool temporary extended
// by a reference, move-only operands of ?: in co_return, and a ?: of awaits
// as co_return's operand.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

static std::function<void()> pending;

template <class T> struct Ready {
  T v;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  T await_resume() {
    std::printf("  resume\n");
    return std::move(v);
  }
};
static Ready<int> ri(int v) {
  std::printf("  ri %d\n", v);
  return {v};
}
// The state machine of val(), line 35. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct val_machine {
  explicit val_machine(int &v) : v(std::move(v)) {}
  ~val_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<int> builder_;
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> val(int v) { return asl::start<val_machine>(v); }

inline void val_machine::move_next() {
  try {
    {
      std::printf("  val %d\n", v);
      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of make(), line 39. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct make_machine {
  explicit make_machine(int &v) : v(std::move(v)) {}
  ~make_machine() {}

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 40).
  static constexpr bool relocatable = false;

  asl::task_builder<std::unique_ptr<int>> builder_;
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::unique_ptr<int>> make(int v) {
  return asl::start<make_machine>(v);
}

inline void make_machine::move_next() {
  try {
    {
      builder_.set_result(std::make_unique<int>(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

struct G {
  const char *n;
  G(const char *s) : n(s) { std::printf("  +%s\n", n); }
  ~G() { std::printf("  -%s\n", n); }
  bool ok() const { return true; }
};

// The state machine of pick(), line 50. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct pick_machine {
  pick_machine(bool &k, std::unique_ptr<int> &up)
      : up(std::move(up)), k(std::move(k)) {}
  ~pick_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'up' may be kept (line
  // 52).
  static constexpr bool relocatable = false;

  asl::task_builder<std::unique_ptr<int>> builder_;
  std::unique_ptr<int> up;
  union {
    asl::task_awaiter<std::unique_ptr<int>> awaiter0_;
  };
  bool k;
  union {
    bool condition0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<std::unique_ptr<int>> pick(bool k,
                                               std::unique_ptr<int> up) {
  return asl::start<pick_machine>(k, up);
}

inline void pick_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      condition0_ = k;
      if (!condition0_) {
        // co_await make(5) (line 52)
        ::new (asl::place(awaiter0_))
            asl::task_awaiter<std::unique_ptr<int>>{make(5)};
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
      }
      builder_.set_result(condition0_ ? std::move(up)
                                      : awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of body(), line 55. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  explicit body_machine(bool &k) : k(std::move(k)) {}
  ~body_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'a' may be kept (line
  // 57).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *pa;
  union {
    std::unique_ptr<int> p1;
  };
  union {
    std::unique_ptr<int> p2;
  };
  union {
    bool condition1_;
    Ready<int *> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    int condition14_;
    G temporary6_;
    Ready<int> awaiter7_;
    Ready<int> awaiter8_;
    Ready<int> awaiter10_;
    asl::task_awaiter<std::unique_ptr<int>> awaiter11_;
    asl::task_awaiter<std::unique_ptr<int>> awaiter12_;
    Ready<int> awaiter13_;
  };
  union {
    Ready<int *> awaiter0_;
    Ready<int> awaiter4_;
    Ready<int> awaiter5_;
    bool condition13_;
    Ready<int> awaiter9_;
    Ready<int> awaiter14_;
  };
  int a;
  int b;
  int c;
  int n;
  union {
    int spill0_;
    bool condition2_;
    bool condition3_;
    bool condition4_;
    bool condition5_;
    bool condition7_;
    bool condition8_;
    bool condition9_;
    int temporary10_;
    int temporary11_;
    bool condition12_;
  };
  union {
    Ready<int> awaiter1_;
    Ready<int> awaiter6_;
  };
  bool k;
  union {
    const bool rb;
  };
  int state_ = -1;
  bool p1_live_ = false;
  bool p2_live_ = false;
  bool temporary6_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter11_live_ = false;
  bool awaiter12_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(p2, p2_live_);
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(p1, p1_live_);
    asl::destroy(temporary6_, temporary6_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> body(bool k) { return asl::start<body_machine>(k); }

inline void body_machine::move_next() {
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
    case 6:
      goto resume6_;
    case 7:
      goto try0_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    case 11:
      goto resume11_;
    case 12:
      goto resume12_;
    case 13:
      goto resume13_;
    case 14:
      goto resume14_;
    default:
      break;
    }
    {
      a = 1;
      b = 2;

      pa = &a;

      std::puts("glvalue ?: assigned");
      // co_await ri(10) (line 59)
      ::new (asl::place(awaiter1_)) Ready<int>(ri(10));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter1_.await_resume();
      condition1_ = k;
      if (!condition1_) {
        // co_await Ready<int *>{pa} (line 59)
        ::new (asl::place(awaiter0_)) Ready<int *>(Ready<int *>{pa});
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
      (condition1_ ? a : *awaiter0_.await_resume()) = spill0_;

      condition2_ = !k;
      if (!condition2_) {
        // co_await Ready<int *>{&b} (line 60)
        ::new (asl::place(awaiter2_)) Ready<int *>(Ready<int *>{&b});
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
      (condition2_ ? b : *awaiter2_.await_resume()) += 5;

      std::puts("await of a ?: with an await inside");
      condition3_ = k;
      if (condition3_) {
        // co_await ri(3) (line 62)
        ::new (asl::place(awaiter4_)) Ready<int>(ri(3));
        if (!awaiter4_.await_ready()) {
          state_ = 4;
          builder_.await_on_completed(awaiter4_, *this);
          unwind_.release();
          return;
        resume4_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      // co_await (k ? val(co_await ri(3)) : val(4)) (line 62)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{
          (condition3_ ? val(awaiter4_.await_resume()) : val(4))};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::puts("switch on &&");
      {
        condition4_ = k;
        if (condition4_) {
          // co_await ri(1) (line 64)
          ::new (asl::place(awaiter5_)) Ready<int>(ri(1));
          if (!awaiter5_.await_ready()) {
            state_ = 5;
            builder_.await_on_completed(awaiter5_, *this);
            unwind_.release();
            return;
          resume5_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
        condition14_ = condition4_ && awaiter5_.await_resume();
        switch (condition14_) {
        case 1:
          std::puts("  one");
          break;
        default:
          std::puts("  other");
        }
      }

      std::puts("do-while ||");
      n = 0;

      for (;;) {
        {
          ++n;
        }
        ::new (asl::place(temporary6_)) G(G("d"));
        temporary6_live_ = true;
        condition5_ = std::move(temporary6_).ok();
        if (condition5_) {
          // co_await ri(n) (line 75)
          ::new (asl::place(awaiter6_)) Ready<int>(ri(n));
          if (!awaiter6_.await_ready()) {
            state_ = 6;
            builder_.await_on_completed(awaiter6_, *this);
            unwind_.release();
            return;
          resume6_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
        condition13_ = condition5_ &&
                       (awaiter6_.await_resume() < 2 || (G("e").ok() && n < 3));
        asl::destroy(temporary6_, temporary6_live_);
        if (!condition13_)
          break;
      }

      std::puts("throw in ?:");
    try0_:
      try {
        switch (state_) {
        case 7:
          goto resume7_;
        default:
          break;
        }

        condition7_ = !k;
        if (condition7_) {
          // co_await ri(1) (line 78)
          ::new (asl::place(awaiter7_)) Ready<int>(ri(1));
          if (!awaiter7_.await_ready()) {
            state_ = 7;
            builder_.await_on_completed(awaiter7_, *this);
            unwind_.release();
            return;
          resume7_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
        int v = condition7_ ? awaiter7_.await_resume()
                            : throw std::runtime_error("no");

        std::printf("  v=%d\n", v);
      } catch (const std::exception &e) {
        std::printf("  caught %s\n", e.what());
      }
      std::puts("void ?:");
      condition8_ = k;
      if (condition8_) {
        // co_await ri(7) (line 84)
        ::new (asl::place(awaiter8_)) Ready<int>(ri(7));
        if (!awaiter8_.await_ready()) {
          state_ = 8;
          builder_.await_on_completed(awaiter8_, *this);
          unwind_.release();
          return;
        resume8_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      } else {
        // co_await ri(8) (line 84)
        ::new (asl::place(awaiter9_)) Ready<int>(ri(8));
        if (!awaiter9_.await_ready()) {
          state_ = 9;
          builder_.await_on_completed(awaiter9_, *this);
          unwind_.release();
          return;
        resume9_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      condition8_ ? (void)awaiter8_.await_resume()
                  : (void)awaiter9_.await_resume();

      std::puts("bool extended");
      condition9_ = k;
      if (condition9_) {
        // co_await ri(1) (line 86)
        ::new (asl::place(awaiter10_)) Ready<int>(ri(1));
        if (!awaiter10_.await_ready()) {
          state_ = 10;
          builder_.await_on_completed(awaiter10_, *this);
          unwind_.release();
          return;
        resume10_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      ::new (asl::place(rb))
          const bool(condition9_ && awaiter10_.await_resume());

      std::puts("move only ?:");
      ::new (asl::place(temporary10_)) int(1);
      // co_await pick(true, std::make_unique<int>(1)) (line 88)
      ::new (asl::place(awaiter11_)) asl::task_awaiter<std::unique_ptr<int>>{
          pick(true, std::make_unique<int>(std::move(temporary10_)))};
      awaiter11_live_ = true;
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        unwind_.release();
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(p1)) std::unique_ptr<int>(awaiter11_.await_resume());
      p1_live_ = true;
      asl::destroy(awaiter11_, awaiter11_live_);

      ::new (asl::place(temporary11_)) int(2);
      // co_await pick(false, std::make_unique<int>(2)) (line 89)
      ::new (asl::place(awaiter12_)) asl::task_awaiter<std::unique_ptr<int>>{
          pick(false, std::make_unique<int>(std::move(temporary11_)))};
      awaiter12_live_ = true;
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        unwind_.release();
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(p2)) std::unique_ptr<int>(awaiter12_.await_resume());
      p2_live_ = true;
      asl::destroy(awaiter12_, awaiter12_live_);

      std::printf("a=%d b=%d c=%d n=%d rb=%d p1=%d p2=%d\n", a, b, c, n, rb,
                  *p1, *p2);
      condition12_ = k;
      if (condition12_) {
        // co_await ri(a) (line 92)
        ::new (asl::place(awaiter13_)) Ready<int>(ri(a));
        if (!awaiter13_.await_ready()) {
          state_ = 13;
          builder_.await_on_completed(awaiter13_, *this);
          unwind_.release();
          return;
        resume13_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      } else {
        // co_await ri(b) (line 92)
        ::new (asl::place(awaiter14_)) Ready<int>(ri(b));
        if (!awaiter14_.await_ready()) {
          state_ = 14;
          builder_.await_on_completed(awaiter14_, *this);
          unwind_.release();
          return;
        resume14_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      builder_.set_result(condition12_ ? awaiter13_.await_resume()
                                       : awaiter14_.await_resume());
      asl::destroy(p2, p2_live_);
      asl::destroy(p1, p1_live_);
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
  for (bool k : {true, false}) {
    auto t = body(k);
    while (!t.is_ready()) {
      auto p = std::move(pending);
      p();
    }
    std::printf("result=%d\n", asl::sync_wait(std::move(t)));
  }
}
