// Checks case 11 in its original form, awaiters whose type holds a lambda:
// in E1 = E2 and E1 op= E2 the awaited right side runs before the left side
// is evaluated (roslyn#81212, roslyn PR #42807). Also awaiters holding a
// lambda that decline to suspend, hand over a continuation, capture a local
// or throw, each built once and destroyed at the end of its full-expression.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>

static std::function<void()> pending; // resumes the one suspended task
static int slots[3] = {0, 0, 0}, idx = 0, acc = 10;
struct S { long f; } s{1};

static int *where(const char *tag) {
  std::printf("  where(%s)\n", tag);
  return &slots[1];
}

template <class F> struct Act { // runs f after a real suspension
  F f;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return f(); }
};
template <class F> Act<F> act(F f) { return {f}; }

template <class F> struct Maybe { // suspends only if f says so
  F f;
  bool await_ready() { return false; }
  template <class Handle> bool await_suspend(Handle h) {
    if (!f())
      return false;
    pending = [h] { h.resume(); };
    return true;
  }
  void await_resume() {}
};
template <class F> Maybe<F> maybe(F f) { return {f}; }

template <class F> struct Hand { // resumes at once by symmetric transfer
  F f;
  bool await_ready() { return false; }
  template <class Handle> Handle await_suspend(Handle h) {
    f();
    return h;
  }
  void await_resume() {}
};
template <class F> Hand<F> hand(F f) { return {f}; }

template <class F> struct Traced { // prints its life; f gives the result
  F f;
  Traced(F g) : f(g) { std::puts("  awaiter built"); }
  Traced(const Traced &) = delete;
  ~Traced() { std::puts("  awaiter destroyed"); }
  bool await_ready() { return true; }
  template <class Handle> void await_suspend(Handle) {}
  std::string await_resume() { return f(); }
};

// The state machine of demo(), line 66. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct demo_machine {
  demo_machine() {}
  ~demo_machine() { destroy_live(); }

  // Built in its heap box from the start: 'base' is captured by reference by
  // the lambda on line 80, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    int spill0_;
    int spill1_;
    asl::erased_awaiter<int> awaiter2_;
    asl::erased_awaiter<int> awaiter3_;
    asl::erased_awaiter<void> awaiter4_;
    asl::erased_awaiter<void> awaiter5_;
    asl::erased_awaiter<void> awaiter6_;
    asl::erased_awaiter<std::string> awaiter7_;
    asl::erased_awaiter<int> awaiter8_;
  };
  union {
    asl::erased_awaiter<int> awaiter0_;
    asl::erased_awaiter<int> awaiter1_;
  };
  union {
    std::string text;
  };
  int base;
  int state_ = -1;
  bool text_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(text, text_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> demo() { return asl::start<demo_machine>(); }

inline void demo_machine::move_next() {
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
      goto try0_;
    default:
      break;
    }
    {
      // co_await act([] { idx = 2; return 42; }) (line 67)
      ::new (asl::place(awaiter0_)) asl::erased_awaiter<int>(new auto(act([] {
        idx = 2;
        return 42;
      })));
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
      spill0_ = awaiter0_.await_resume();
      slots[idx] = spill0_;
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("slots = %d %d %d\n", slots[0], slots[1], slots[2]);
      // co_await at line 70
      ::new (asl::place(awaiter1_)) asl::erased_awaiter<int>(new auto(act([] {
        std::puts("  right side awaited");
        return 7;
      })));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = awaiter1_.await_resume();
      *where("target") = spill1_;
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("slots = %d %d %d\n", slots[0], slots[1], slots[2]);
      // co_await act([] { acc = 100; return 1; }) (line 72)
      ::new (asl::place(awaiter2_)) asl::erased_awaiter<int>(new auto(act([] {
        acc = 100;
        return 1;
      })));
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
      acc += awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("acc = %d\n", acc);
      // co_await act([] { s.f = 64; return 1; }) (line 74)
      ::new (asl::place(awaiter3_)) asl::erased_awaiter<int>(new auto(act([] {
        s.f = 64;
        return 1;
      })));
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
      s.f >>= awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("s.f = %ld\n", s.f);

      base = 5;

      // co_await maybe([] { return false; }) (line 78)
      ::new (asl::place(awaiter4_))
          asl::erased_awaiter<void>(new auto(maybe([] { return false; })));
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      std::puts("declined to suspend");
      // co_await maybe([&base] { return base > 0; }) (line 80)
      ::new (asl::place(awaiter5_)) asl::erased_awaiter<void>(
          new auto(maybe([&base = base] { return base > 0; })));
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      std::puts("suspended and resumed");
      // co_await hand([] { std::puts("  handing over"); }) (line 82)
      ::new (asl::place(awaiter6_)) asl::erased_awaiter<void>(
          new auto(hand([] { std::puts("  handing over"); })));
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
      awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await at line 83
      ::new (asl::place(awaiter7_))
          asl::erased_awaiter<std::string>(new auto(Traced{[base = base] {
            return "from a lambda holding " + std::to_string(base);
          }}));
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(text)) std::string(awaiter7_.await_resume());
      text_live_ = true;
      asl::destroy(awaiter7_, awaiter7_live_);

      std::printf("%s\n", text.c_str());
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(
            unwind_, [&] { asl::destroy(awaiter8_, awaiter8_live_); });
        switch (state_) {
        case 8:
          goto resume8_;
        default:
          break;
        }

        // co_await at line 88
        ::new (asl::place(awaiter8_)) asl::erased_awaiter<int>(new auto(act(
            []() -> int { throw std::runtime_error("thrown on resume"); })));
        awaiter8_live_ = true;
        if (!awaiter8_.await_ready()) {
          state_ = 8;
          builder_.await_on_completed(awaiter8_, *this);
          unwind_.release();
          return;
        resume8_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter8_.await_resume();
        asl::destroy(awaiter8_, awaiter8_live_);

      } catch (const std::exception &e) {
        std::printf("caught %s\n", e.what());
      }
      builder_.set_result(base + slots[1]);
      asl::destroy(text, text_live_);
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
  asl::Task<int> t = demo();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
