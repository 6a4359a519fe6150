// User awaiters: bool await_suspend returning true/false, handle-returning
// (symmetric transfer to the same or to a different continuation), void
// await_suspend that stores the handle, throwing await_suspend, throwing
// await_resume, awaiter with non-trivial destructor (destroyed when?),
// awaiter returned by reference from get_awaiter, awaiter result by reference.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

static std::vector<std::function<void()>> queue;

struct Logged {
  const char *name;
  int value;
  Logged(const char *n, int v) : name(n), value(v) { std::printf("  awaiter %s made\n", name); }
  Logged(const Logged &o) : name(o.name), value(o.value) { std::printf("  awaiter %s copied\n", name); }
  ~Logged() { std::printf("  awaiter %s gone\n", name); }
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H h) {
    std::printf("  %s suspend\n", name);
    if (value % 2)
      return false;
    queue.push_back([h] { h.resume(); });
    return true;
  }
  int await_resume() {
    std::printf("  %s resume\n", name);
    if (value < 0)
      throw std::runtime_error(std::string("resume failed ") + name);
    return value;
  }
};

struct Thrower {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H) { throw std::logic_error("suspend threw"); }
  int await_resume() { return 0; }
};

struct Ready {
  int v;
  bool await_ready() { return true; }
  template <class H> void await_suspend(H) { std::puts("  never"); }
  int await_resume() { return v; }
};

struct Holder {
  int store = 41;
  bool await_ready() { return true; }
  template <class H> void await_suspend(H) {}
  int &await_resume() { return store; }
};

struct Tracer {
  const char *n;
  explicit Tracer(const char *s) : n(s) { std::printf("  +%s\n", n); }
  ~Tracer() { std::printf("  -%s\n", n); }
};

// The state machine of body(), line 64. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  body_machine() {}
  ~body_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'h' may be kept (line
  // 84).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Tracer t;
  };
  union {
    Tracer in;
  };
  union {
    Tracer in1;
  };
  int *ref;
  union {
    Logged awaiter0_;
    Logged awaiter1_;
    Thrower awaiter2_;
    Logged awaiter3_;
    Holder *awaiter4_;
    Logged awaiter5_;
    int spill0_;
  };
  int a;
  int b;
  union {
    Holder h;
  };
  union {
    Ready awaiter6_;
  };
  int state_ = -1;
  bool t_live_ = false;
  bool in_live_ = false;
  bool in1_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter5_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(in1, in1_live_);
    asl::destroy(in, in_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(t, t_live_);
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
      goto try0_;
    case 3:
      goto try1_;
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
      ::new (asl::place(t)) Tracer("frame");
      t_live_ = true;

      // co_await Logged("even", 2) (line 66)
      ::new (asl::place(awaiter0_)) Logged(Logged("even", 2));
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
      a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await Logged("odd", 3) (line 67)
      ::new (asl::place(awaiter1_)) Logged(Logged("odd", 3));
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
      b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("  a=%d b=%d\n", a, b);
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_,
                                          [&] { asl::destroy(in, in_live_); });
        switch (state_) {
        case 2:
          goto resume2_;
        default:
          break;
        }

        ::new (asl::place(in)) Tracer("try1");
        in_live_ = true;

        // co_await Thrower{} (line 71)
        ::new (asl::place(awaiter2_)) Thrower(Thrower{});
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

        std::puts("  not here");
        asl::destroy(in, in_live_);
      } catch (const std::logic_error &e) {
        std::printf("  caught %s\n", e.what());
      }
    try1_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter3_, awaiter3_live_);
          asl::destroy(in1, in1_live_);
        });
        switch (state_) {
        case 3:
          goto resume3_;
        default:
          break;
        }

        ::new (asl::place(in1)) Tracer("try2");
        in1_live_ = true;

        // co_await Logged("neg", -2) (line 78)
        ::new (asl::place(awaiter3_)) Logged(Logged("neg", -2));
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
        int c = awaiter3_.await_resume();
        asl::destroy(awaiter3_, awaiter3_live_);

        std::printf("  not here %d\n", c);
        asl::destroy(in1, in1_live_);
      } catch (const std::exception &e) {
        std::printf("  caught %s\n", e.what());
      }
      ::new (asl::place(h)) Holder;

      // co_await h (line 84)
      awaiter4_ = std::addressof(h);
      if (!(*awaiter4_).await_ready()) {
        state_ = 4;
        builder_.await_on_completed((*awaiter4_), *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ref = std::addressof((*awaiter4_).await_resume());

      (*ref) += 1;
      // co_await Logged("between", 4) (line 86)
      ::new (asl::place(awaiter5_)) Logged(Logged("between", 4));
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

      spill0_ = h.store;
      // co_await Ready{5} (line 87)
      ::new (asl::place(awaiter6_)) Ready(Ready{5});
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("  holder %d ready %d\n", spill0_, awaiter6_.await_resume());

      builder_.set_result(a + b + (*ref));
      asl::destroy(t, t_live_);
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
  asl::Task<int> t = body();
  while (!queue.empty()) {
    auto f = std::move(queue.front());
    queue.erase(queue.begin());
    std::puts("main: resume");
    f();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
