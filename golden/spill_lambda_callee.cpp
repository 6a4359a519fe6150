// Checks a lambda called at once with an await among its arguments
// (`[](int x) {...}(co_await f())`): the callee is evaluated before the
// arguments, but a lambda that copies nothing (no captures, or only by
// reference) is built after the await instead of being saved, which gives
// the same closure; it was refused, since the machine cannot name a
// closure type to keep it. One that copies a capture still is refused (its
// copy would be taken after the await).
#include <asl/task.h>

#include <cstdio>
#include <string>

// The state machine of val(), line 13. state_ is -1 while it runs, N while it
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

struct Agg {
  std::string s;
  int n;
};

// The state machine of body(), line 23. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  body_machine() {}
  ~body_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'g' may be kept (line
  // 34).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Agg g;
  };
  union {
    Agg bindings4_;
  };
  union {
    std::string s;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
    asl::task_awaiter<int> awaiter3_;
    std::string temporary1_;
    std::string spill3_;
    std::string temporary4_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
    std::string temporary2_;
    asl::task_awaiter<int> awaiter6_;
    asl::task_awaiter<int> awaiter7_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter4_;
  };
  union {
    asl::task_awaiter<int> awaiter5_;
  };
  int base;
  int a;
  int b;
  int state_ = -1;
  bool g_live_ = false;
  bool bindings4_live_ = false;
  bool s_live_ = false;
  bool temporary1_live_ = false;
  bool temporary2_live_ = false;
  bool spill3_live_ = false;
  bool temporary4_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool g_s_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(s, s_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(spill3_, spill3_live_);
    asl::destroy(bindings4_, bindings4_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(g.s, g_s_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(g, g_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
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
    case 7:
      goto resume7_;
    default:
      break;
    }
    {
      base = 10;

      // co_await val(3) (line 25)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{val(3)};
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
      a = [](int x) { return x * 2; }(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await val(4) (line 26)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{val(4)};
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
      spill0_ = awaiter1_.await_resume();
      // co_await val(5) (line 27)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{val(5)};
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
      b = [&](int x, int y) { return base + x + y; }(spill0_,
                                                     awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await val(6) (line 28)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{val(6)};
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
      [&base = base](int x) { base += x; }(awaiter3_.await_resume());
      asl::destroy(awaiter3_, awaiter3_live_);

      ::new (asl::place(temporary1_)) std::string(std::string("x"));
      temporary1_live_ = true;
      // co_await val(1) (line 29)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{val(1)};
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
      ::new (asl::place(temporary2_))
          std::string(std::to_string(awaiter4_.await_resume()));
      temporary2_live_ = true;
      ::new (asl::place(g.s))
          std::string(std::move(temporary1_) + std::move(temporary2_));
      g_s_live_ = true;
      // co_await val(2) (line 30)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{val(2)};
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
      g.n = awaiter5_.await_resume();
      g_s_live_ = false;
      g_live_ = true;
      asl::destroy(awaiter5_, awaiter5_live_);
      asl::destroy(temporary2_, temporary2_live_);
      asl::destroy(awaiter4_, awaiter4_live_);
      asl::destroy(temporary1_, temporary1_live_);

      ::new (asl::place(spill3_)) std::string("y");
      spill3_live_ = true;
      // co_await val(7) (line 31)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{val(7)};
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
      ::new (asl::place(bindings4_))
          Agg(Agg{std::move(spill3_), awaiter6_.await_resume()});
      bindings4_live_ = true;
      asl::destroy(awaiter6_, awaiter6_live_);
      asl::destroy(spill3_, spill3_live_);

      ::new (asl::place(temporary4_)) std::string(std::string("a"));
      temporary4_live_ = true;
      // co_await val(8) (line 32)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{val(8)};
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
      ::new (asl::place(s))
          std::string(std::move(temporary4_) +
                      (awaiter7_.await_resume() > 2 ? "big" : "small"));
      s_live_ = true;
      asl::destroy(awaiter7_, awaiter7_live_);
      asl::destroy(temporary4_, temporary4_live_);

      std::printf("a=%d b=%d base=%d g=%s/%d p=%s q=%d s=%s\n", a, b, base,
                  g.s.c_str(), g.n, bindings4_.s.c_str(), bindings4_.n,
                  s.c_str());
      builder_.set_result(a + b + base);
      asl::destroy(s, s_live_);
      asl::destroy(bindings4_, bindings4_live_);
      asl::destroy(g, g_live_);
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

int main() { std::printf("result=%d\n", asl::sync_wait(body())); }
