// Checks that the temporaries an operand of `&&`, `||` or `?:` creates after
// its last await die where the full-expression ends, after the temporaries
// created later in it, and only if that operand ran, as natively: with more
// of the expression after the operand, inside call arguments, in if and
// loop heads, in co_return, in nested conditionals, for a by-value argument
// (a parameter object), when an exception leaves the operand, and when the
// task is destroyed while suspended there. A ?: of class prvalues keeps
// initializing its destination directly (no move), a reference too.
// Before, such a temporary died at the end of a statement of its own, before
// the rest of the expression ran.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

static std::function<void()> pending;

struct Pause {
  int v;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::printf("  resume %d\n", v);
    return v;
  }
};

struct G {
  std::string n;
  G(const char *s) : n(s) { std::printf("  +%s\n", n.c_str()); }
  G(int i) : n(std::to_string(i)) { std::printf("  +%s\n", n.c_str()); }
  G(const G &o) : n(o.n + "'") { std::printf("  +%s (copy)\n", n.c_str()); }
  G(G &&o) : n(o.n + "~") { std::printf("  +%s (move)\n", n.c_str()); }
  ~G() { std::printf("  -%s\n", n.c_str()); }
  bool ok() const { return true; }
  bool no() const { return false; }
  int v() const { return 1; }
};

static bool check(G g) {
  std::printf("  check %s\n", g.n.c_str());
  return true;
}
static int two(bool a, const G &b) {
  std::printf("  two %d %s\n", a, b.n.c_str());
  return 2;
}
static int sum(int a, int b) {
  std::printf("  sum %d %d\n", a, b);
  return a + b;
}
static const G &pick(const G &g) { return g; }
static bool boom(const G &g) {
  std::printf("  boom %s\n", g.n.c_str());
  throw 42;
}

// The state machine of body(), line 61. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  body_machine(bool &t, bool &f) : t(std::move(t)), f(std::move(f)) {}
  ~body_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'r' may be kept (line
  // 97).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const G r;
  };
  union {
    G g;
  };
  union {
    int spill1_;
    G temporary3_;
    G temporary5_;
    int spill8_;
    int spill16_;
    Pause awaiter6_;
    bool condition22_;
    Pause awaiter8_;
    int spill26_;
    Pause awaiter10_;
    bool condition37_;
    bool condition36_;
    Pause awaiter13_;
    G temporary32_;
    bool condition34_;
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    bool spill6_;
    bool condition9_;
    G temporary17_;
    int spill23_;
    Pause awaiter9_;
    Pause awaiter11_;
    Pause awaiter12_;
    Pause awaiter14_;
    int spill35_;
  };
  union {
    Pause awaiter2_;
    G temporary10_;
    G temporary18_;
    Pause awaiter7_;
    Pause awaiter15_;
  };
  union {
    G temporary12_;
    Pause awaiter5_;
  };
  int b;
  int s;
  int c;
  int n;
  int k;
  int j;
  union {
    bool condition0_;
    bool condition2_;
    bool condition4_;
    bool condition7_;
    bool condition15_;
    bool condition20_;
    bool condition21_;
    bool condition24_;
    bool condition25_;
    bool condition27_;
    bool condition28_;
    bool condition29_;
    bool condition30_;
    bool condition31_;
    int spill33_;
  };
  union {
    int spill11_;
    int spill19_;
  };
  union {
    int spill13_;
  };
  union {
    Pause awaiter3_;
  };
  union {
    Pause awaiter4_;
  };
  bool t;
  bool f;
  bool a;
  bool d;
  bool e1;
  union {
    bool condition14_;
  };
  int state_ = -1;
  bool r_live_ = false;
  bool g_live_ = false;
  bool temporary3_live_ = false;
  bool temporary5_live_ = false;
  bool temporary10_live_ = false;
  bool temporary12_live_ = false;
  bool temporary17_live_ = false;
  bool temporary18_live_ = false;
  bool temporary32_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary32_, temporary32_live_);
    asl::destroy(g, g_live_);
    asl::destroy(r, r_live_);
    asl::destroy(temporary18_, temporary18_live_);
    asl::destroy(temporary17_, temporary17_live_);
    asl::destroy(temporary12_, temporary12_live_);
    asl::destroy(temporary10_, temporary10_live_);
    asl::destroy(temporary5_, temporary5_live_);
    asl::destroy(temporary3_, temporary3_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> body(bool t, bool f) {
  return asl::start<body_machine>(t, f);
}

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
      goto resume7_;
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
      goto try0_;
    case 15:
      goto resume15_;
    default:
      break;
    }
    {
      std::puts("rest of the expression after the operand:");
      condition0_ = t;
      if (condition0_) {
        // co_await Pause{1} (line 63)
        ::new (asl::place(awaiter0_)) Pause(Pause{1});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        spill1_ = awaiter0_.await_resume();
      }
      a = (condition0_ && (spill1_ + G("b").v())) && G("c").ok();

      std::puts("left operand's temporary across the await:");
      ::new (asl::place(temporary3_)) G(G("a"));
      temporary3_live_ = true;
      condition2_ = std::move(temporary3_).ok();
      if (condition2_) {
        // co_await Pause{2} (line 65)
        ::new (asl::place(awaiter1_)) Pause(Pause{2});
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
      d = condition2_ && awaiter1_.await_resume() && G("i").ok();
      asl::destroy(temporary3_, temporary3_live_);

      std::puts("|| in a call's arguments:");
      condition4_ = f;
      if (!condition4_) {
        // co_await Pause{3} (line 67)
        ::new (asl::place(awaiter2_)) Pause(Pause{3});
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          unwind_.release();
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter2_.await_resume();
        ::new (asl::place(temporary5_)) G(G("d"));
        temporary5_live_ = true;
      }
      spill6_ = condition4_ || (void(), std::move(temporary5_).ok());
      b = two(spill6_, G("e"));
      asl::destroy(temporary5_, temporary5_live_);

      condition7_ = t;
      if (condition7_) {
        // co_await Pause{4} (line 68)
        ::new (asl::place(awaiter3_)) Pause(Pause{4});
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          unwind_.release();
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      spill8_ = condition7_ && awaiter3_.await_resume();
      condition9_ = f;
      if (!condition9_) {
        ::new (asl::place(temporary10_)) G(G("x"));
        temporary10_live_ = true;
      }
      spill11_ = sum(spill8_, condition9_ || std::move(temporary10_).ok());
      ::new (asl::place(temporary12_)) G(G("y"));
      temporary12_live_ = true;
      spill13_ = std::move(temporary12_).v();
      condition14_ = t;
      if (condition14_) {
        // co_await Pause{5} (line 69)
        ::new (asl::place(awaiter4_)) Pause(Pause{5});
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
      s = spill11_ + sum(spill13_, condition14_ ? awaiter4_.await_resume() : 0);
      asl::destroy(temporary12_, temporary12_live_);
      asl::destroy(temporary10_, temporary10_live_);

      std::puts("?: then more:");
      condition15_ = t;
      if (condition15_) {
        // co_await Pause{6} (line 71)
        ::new (asl::place(awaiter5_)) Pause(Pause{6});
        if (!awaiter5_.await_ready()) {
          state_ = 5;
          builder_.await_on_completed(awaiter5_, *this);
          unwind_.release();
          return;
        resume5_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        spill16_ = awaiter5_.await_resume();
        ::new (asl::place(temporary17_)) G(G("f"));
        temporary17_live_ = true;
      } else {
        ::new (asl::place(temporary18_)) G(G("g"));
        temporary18_live_ = true;
      }
      spill19_ = (condition15_ ? spill16_ + std::move(temporary17_).v()
                               : std::move(temporary18_).v());
      c = spill19_ + G("h").v();
      asl::destroy(temporary18_, temporary18_live_);
      asl::destroy(temporary17_, temporary17_live_);

      std::puts("a parameter object:");
      condition20_ = t;
      if (condition20_) {
        // co_await Pause{7} (line 73)
        ::new (asl::place(awaiter6_)) Pause(Pause{7});
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
      e1 = condition20_ && (awaiter6_.await_resume(), check(G("j"))) &&
           G("k").ok();

      std::puts("nested conditionals:");
      condition21_ = f;
      if (!condition21_) {
        condition22_ = t;
        if (condition22_) {
          // co_await Pause{8} (line 76)
          ::new (asl::place(awaiter7_)) Pause(Pause{8});
          if (!awaiter7_.await_ready()) {
            state_ = 7;
            builder_.await_on_completed(awaiter7_, *this);
            unwind_.release();
            return;
          resume7_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          spill23_ = awaiter7_.await_resume();
        }
      }
      n = condition21_                              ? G("p").v()
          : (condition22_ && spill23_ + G("q").v()) ? G("r").v()
                                                    : G("s").v();

      std::puts("class prvalues of ?:");
      condition24_ = t;
      if (condition24_) {
        // co_await Pause{9} (line 79)
        ::new (asl::place(awaiter8_)) Pause(Pause{9});
        if (!awaiter8_.await_ready()) {
          state_ = 8;
          builder_.await_on_completed(awaiter8_, *this);
          unwind_.release();
          return;
        resume8_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      ::new (asl::place(r))
          const G(condition24_ ? G(awaiter8_.await_resume()) : G("no"));
      r_live_ = true;

      condition25_ = f;
      if (!condition25_) {
        // co_await Pause{10} (line 80)
        ::new (asl::place(awaiter9_)) Pause(Pause{10});
        if (!awaiter9_.await_ready()) {
          state_ = 9;
          builder_.await_on_completed(awaiter9_, *this);
          unwind_.release();
          return;
        resume9_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        spill26_ = awaiter9_.await_resume();
      }
      ::new (asl::place(g))
          G(condition25_ ? G("no") : G(spill26_ + G("in").v()));
      g_live_ = true;

      condition27_ = t;
      if (condition27_) {
        // co_await Pause{11} (line 81)
        ::new (asl::place(awaiter10_)) Pause(Pause{11});
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
      std::printf(
          "  %s\n",
          pick(condition27_ ? G(awaiter10_.await_resume()) : G("z")).n.c_str());

      std::puts("if:");
      {
        condition28_ = t;
        if (condition28_) {
          // co_await Pause{12} (line 83)
          ::new (asl::place(awaiter11_)) Pause(Pause{12});
          if (!awaiter11_.await_ready()) {
            state_ = 11;
            builder_.await_on_completed(awaiter11_, *this);
            unwind_.release();
            return;
          resume11_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
        condition37_ = condition28_ &&
                       (awaiter11_.await_resume() && G("l").ok()) &&
                       G("m").ok();
        if (condition37_)
          std::puts("  branch");
      }

      std::puts("loop heads:");
      k = 0;

      {
        j = 0;
        for (;;) {
          condition29_ = t;
          if (condition29_) {
            // co_await Pause{13} (line 87)
            ::new (asl::place(awaiter12_)) Pause(Pause{13});
            if (!awaiter12_.await_ready()) {
              state_ = 12;
              builder_.await_on_completed(awaiter12_, *this);
              unwind_.release();
              return;
            resume12_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
          }
          condition36_ = condition29_ && awaiter12_.await_resume() &&
                         G("loop").ok() && j < 2;
          if (!condition36_)
            break;
          ++k;
          condition30_ = f;
          if (!condition30_) {
            // co_await Pause{14} (line 88)
            ::new (asl::place(awaiter13_)) Pause(Pause{14});
            if (!awaiter13_.await_ready()) {
              state_ = 13;
              builder_.await_on_completed(awaiter13_, *this);
              unwind_.release();
              return;
            resume13_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
          }
          j += condition30_ || (awaiter13_.await_resume() > 0 && G("inc").ok());
        }
      }

      std::puts("an exception from the operand:");
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(
            unwind_, [&] { asl::destroy(temporary32_, temporary32_live_); });
        switch (state_) {
        case 14:
          goto resume14_;
        default:
          break;
        }

        ::new (asl::place(temporary32_)) G(G("t"));
        temporary32_live_ = true;
        condition31_ = std::move(temporary32_).ok();
        if (condition31_) {
          // co_await Pause{15} (line 92)
          ::new (asl::place(awaiter14_)) Pause(Pause{15});
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
        bool x = condition31_ && (awaiter14_.await_resume(), boom(G("u"))) &&
                 G("v").ok();
        asl::destroy(temporary32_, temporary32_live_);

        std::printf("  x=%d\n", x);
      } catch (int e) {
        std::printf("  caught %d\n", e);
      }
      std::printf("  r=%s g=%s\n", r.n.c_str(), g.n.c_str());
      std::puts("co_return:");
      spill33_ = a + b + c + d + e1 + k + n + s;
      condition34_ = t;
      if (condition34_) {
        // co_await Pause{16} (line 100)
        ::new (asl::place(awaiter15_)) Pause(Pause{16});
        if (!awaiter15_.await_ready()) {
          state_ = 15;
          builder_.await_on_completed(awaiter15_, *this);
          unwind_.release();
          return;
        resume15_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        spill35_ = awaiter15_.await_resume();
      }
      builder_.set_result(
          spill33_ + (condition34_ && (spill35_ + G("w").v()) && G("x").ok()));
      asl::destroy(g, g_live_);
      asl::destroy(r, r_live_);
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

// The state machine of dropped(), line 103. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct dropped_machine {
  explicit dropped_machine(bool &t) : t(std::move(t)) {}
  ~dropped_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 104).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    G temporary1_;
  };
  union {
    G temporary3_;
  };
  union {
    int spill4_;
  };
  union {
    Pause awaiter0_;
  };
  bool t;
  union {
    bool condition0_;
  };
  union {
    bool condition2_;
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

ASL_ASYNC asl::Task<int> dropped(bool t) {
  return asl::start<dropped_machine>(t);
}

inline void dropped_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary1_)) G(G("left"));
      temporary1_live_ = true;
      condition0_ = std::move(temporary1_).ok();
      if (condition0_) {
        condition2_ = t;
        if (condition2_) {
          ::new (asl::place(temporary3_)) G(G("mid"));
          temporary3_live_ = true;
          spill4_ = std::move(temporary3_).v();
          // co_await Pause{17} (line 105)
          ::new (asl::place(awaiter0_)) Pause(Pause{17});
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
      }
      bool a =
          condition0_ &&
          (condition2_ ? spill4_ + awaiter0_.await_resume() : G("other").v()) &&
          G("right").ok();
      asl::destroy(temporary3_, temporary3_live_);
      asl::destroy(temporary1_, temporary1_live_);

      builder_.set_result(std::move(a));
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
  auto t = body(true, false);
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
  std::puts("destroyed while suspended:");
  {
    auto u = dropped(true);
    pending = nullptr;
  }
  std::puts("done");
}
