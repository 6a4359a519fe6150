// Checks operands saved before a later await in the same expression that
// the output once could not compile or ordered wrongly: an xvalue operand
// (`g(std::move(s), co_await f())`, kept by address: std::addressof takes
// only lvalues); the object of a member call that is itself an awaited
// class prvalue, called through const (`(co_await make()).size_plus(co_await
// f())`, saved once, not again through its cast to const); and a call
// through a pointer to member function, `(object.*pointer)(co_await f())`
// and `->*`, whose object is evaluated before the arguments (it was left
// after the await).
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <utility>

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

struct Text {
  std::string n;
  explicit Text(std::string s) : n(std::move(s)) {
    std::printf("  +%s\n", n.c_str());
  }
  Text(Text &&o) : n(std::move(o.n)) { std::printf("  +%s (move)\n", n.c_str()); }
  ~Text() { std::printf("  -%s\n", n.c_str()); }
  int size_plus(int x) const { return x + (int)n.size(); }
  int times(int x) { return x * (int)n.size(); }
};

static Text &named(Text &t, const char *why) {
  std::printf("  named %s\n", why);
  return t;
}
static int take(std::string &&s, int x) {
  std::printf("  take %s %d\n", s.c_str(), x);
  std::string kept = std::move(s);
  return x;
}
static int take_text(Text &&t, int x) {
  std::printf("  take_text %s %d\n", t.n.c_str(), x);
  return x;
}

// The state machine of body(), line 60. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  body_machine() {}
  ~body_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 63).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string s;
  };
  union {
    Text t;
  };
  int (Text::*pointer)(int);
  union {
    Text u;
  };
  Text *p;
  union {
    std::string *spill0_;
    Text *spill1_;
    Text temporary2_;
    Text *spill3_;
    Text *spill5_;
  };
  union {
    Ready<int> awaiter0_;
    Ready<int> awaiter1_;
    Ready<Text> awaiter2_;
    int (Text::*spill4_)(int);
    int (Text::*spill6_)(int);
  };
  int a;
  int b;
  int c;
  int d;
  union {
    Ready<int> awaiter3_;
    Ready<int> awaiter4_;
    Ready<int> awaiter5_;
  };
  int state_ = -1;
  bool s_live_ = false;
  bool t_live_ = false;
  bool u_live_ = false;
  bool temporary2_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(u, u_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(t, t_live_);
    asl::destroy(s, s_live_);
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
    default:
      break;
    }
    {
      std::puts("xvalue operands:");
      ::new (asl::place(s)) std::string("abc");
      s_live_ = true;

      spill0_ = asl::bound_address(std::move(s));
      // co_await ri(1) (line 63)
      ::new (asl::place(awaiter0_)) Ready<int>(ri(1));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = take(std::move(*spill0_), awaiter0_.await_resume());

      ::new (asl::place(t)) Text("t");
      t_live_ = true;

      spill1_ = asl::bound_address(std::move(t));
      // co_await ri(2) (line 65)
      ::new (asl::place(awaiter1_)) Ready<int>(ri(2));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = take_text(std::move(*spill1_), awaiter1_.await_resume());

      std::puts("member call on an awaited prvalue:");
      // co_await Ready<Text>{Text("made")} (line 67)
      ::new (asl::place(awaiter2_)) Ready<Text>(Ready<Text>{Text("made")});
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(temporary2_)) Text((awaiter2_.await_resume()));
      temporary2_live_ = true;
      // co_await ri(3) (line 67)
      ::new (asl::place(awaiter3_)) Ready<int>(ri(3));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = std::move(temporary2_).size_plus(awaiter3_.await_resume());
      asl::destroy(temporary2_, temporary2_live_);
      asl::destroy(awaiter2_, awaiter2_live_);

      std::puts("pointer to member function:");
      pointer = &Text::times;

      ::new (asl::place(u)) Text("four");
      u_live_ = true;

      spill3_ = std::addressof(named(u, "dot"));
      spill4_ = pointer;
      // co_await ri(4) (line 71)
      ::new (asl::place(awaiter4_)) Ready<int>(ri(4));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = ((*spill3_).*spill4_)(awaiter4_.await_resume());

      p = &u;

      spill5_ = (named(*p, "arrow"), p);
      spill6_ = pointer;
      // co_await ri(5) (line 73)
      ::new (asl::place(awaiter5_)) Ready<int>(ri(5));
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int e = (spill5_->*spill6_)(awaiter5_.await_resume());

      std::printf("a=%d b=%d c=%d d=%d e=%d s='%s'\n", a, b, c, d, e,
                  s.c_str());
      builder_.set_result(a + b + c + d + e);
      asl::destroy(u, u_live_);
      asl::destroy(t, t_live_);
      asl::destroy(s, s_live_);
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
