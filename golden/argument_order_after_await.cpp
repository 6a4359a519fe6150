// Checks that the operands after an await in a call (and in the other
// expressions whose operand order C++ leaves unspecified) run after the
// await's result is taken, left to right as with clang, whichever compiler
// builds the output: g++ evaluates arguments right to left, so the lowering
// saves the await's result and every later argument but the last. Covers a
// function call, a constructor, a member call, an overloaded and a builtin
// operator, a class-type await result, and a variable read after an await
// that sets it. Found by the probe (gxx_argument_after_last_await).
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

static std::function<void()> pending;

struct Pause {
  int value;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::printf("await_resume %d\n", value);
    return value;
  }
};

// Sets *target when resumed.
struct Setter {
  int *target;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::puts("await_resume sets");
    *target = 7;
    return 1;
  }
};

struct Named {
  std::string name;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  std::string await_resume() {
    std::printf("await_resume %s\n", name.c_str());
    return name;
  }
};

static int arg(int v) {
  std::printf("arg %d\n", v);
  return v;
}

static std::string text(const char *s) {
  std::printf("text %s\n", s);
  return s;
}

static int f(int a, int b, int c) { return a + b + c; }

static std::string join(std::string a, std::string b) { return a + b; }

struct Pair {
  int a, b;
  Pair(int x, int y) : a(x), b(y) {}
  int add(int x, int y) const { return a + b + x + y; }
};

struct Num {
  int v;
};
static Num num(int v) {
  std::printf("num %d\n", v);
  return Num{v};
}
static Num operator+(Num l, Num r) { return Num{l.v + r.v}; }

// The state machine of body(), line 84. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  body_machine() {}
  ~body_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'p' may be kept (line
  // 88).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    int spill0_;
    int spill2_;
    int spill3_;
    Num spill4_;
    int spill6_;
    int spill7_;
    std::string spill9_;
  };
  union {
    int spill1_;
    Pause awaiter1_;
    Pause awaiter2_;
    Num spill5_;
    Pause awaiter4_;
    int spill8_;
    Named awaiter6_;
  };
  union {
    Pause awaiter0_;
    Pause awaiter3_;
    Setter awaiter5_;
  };
  int total;
  union {
    Pair p;
  };
  int x;
  int state_ = -1;
  bool spill9_live_ = false;
  bool awaiter6_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(spill9_, spill9_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> body() { return asl::start<body_machine>(); }

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
    default:
      break;
    }
    {
      // co_await Pause{1} (line 85)
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
      spill0_ = awaiter0_.await_resume();
      spill1_ = arg(2);
      total = f(spill0_, spill1_, arg(3));

      // co_await Pause{4} (line 86)
      ::new (asl::place(awaiter1_)) Pause(Pause{4});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill2_ = awaiter1_.await_resume();
      ::new (asl::place(p)) Pair(spill2_, arg(5));

      total += p.a + p.b;
      // co_await Pause{6} (line 88)
      ::new (asl::place(awaiter2_)) Pause(Pause{6});
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill3_ = awaiter2_.await_resume();
      total += p.add(spill3_, arg(7));

      ::new (asl::place(spill4_)) Num(num(8));
      // co_await Pause{9} (line 89)
      ::new (asl::place(awaiter3_)) Pause(Pause{9});
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(spill5_))
          Num(std::move(spill4_) + num(awaiter3_.await_resume()));
      total += (std::move(spill5_) + num(10)).v;

      // co_await Pause{11} (line 90)
      ::new (asl::place(awaiter4_)) Pause(Pause{11});
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill6_ = awaiter4_.await_resume();
      total += spill6_ + arg(12);

      x = 0;

      // co_await Setter{&x} (line 92)
      ::new (asl::place(awaiter5_)) Setter(Setter{&x});
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill7_ = awaiter5_.await_resume();
      spill8_ = x;
      total += f(spill7_, spill8_, arg(13));

      // co_await Named{"a"} (line 93)
      ::new (asl::place(awaiter6_)) Named(Named{"a"});
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(spill9_)) std::string(awaiter6_.await_resume());
      spill9_live_ = true;
      std::string s = join(std::move(spill9_), text("b"));
      asl::destroy(spill9_, spill9_live_);
      asl::destroy(awaiter6_, awaiter6_live_);

      std::puts(s.c_str());
      builder_.set_result(std::move(total));
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
  auto t = body();
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
