// goto / break / continue / co_return leaving nested scopes with lifted
// locals; same-named locals in nested scopes.
#include <asl/task.h>

#include <cstdio>
#include <string>

struct Noisy {
  std::string n;
  explicit Noisy(std::string s) : n(std::move(s)) { std::printf("  +%s\n", n.c_str()); }
  Noisy(const Noisy &) = delete;
  ~Noisy() { std::printf("  -%s\n", n.c_str()); }
};

asl::Event ev(true);

// The state machine of tick(), line 17. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct tick_machine {
  explicit tick_machine(int &v) : v(std::move(v)) {}
  ~tick_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> tick(int v) { return asl::start<tick_machine>(v); }

inline void tick_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 18)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of walk(), line 22. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct walk_machine {
  explicit walk_machine(int &limit) : limit(std::move(limit)) {}
  ~walk_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'x' may be kept (line
  // 53).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Noisy outer;
  };
  union {
    Noisy x1;
  };
  union {
    Noisy x2;
  };
  union {
    Noisy y;
  };
  union {
    Noisy x3;
  };
  union {
    Noisy z;
  };
  union {
    Noisy x;
  };
  union {
    Noisy w;
  };
  union {
    Noisy r;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter5_;
  };
  int limit;
  int total;
  int i;
  int j;
  int v1;
  int v2;
  int state_ = -1;
  bool outer_live_ = false;
  bool x1_live_ = false;
  bool x2_live_ = false;
  bool y_live_ = false;
  bool x3_live_ = false;
  bool z_live_ = false;
  bool x_live_ = false;
  bool w_live_ = false;
  bool r_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(r, r_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(w, w_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(x, x_live_);
    asl::destroy(z, z_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(x3, x3_live_);
    asl::destroy(y, y_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(x2, x2_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(x1, x1_live_);
    asl::destroy(outer, outer_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> walk(int limit) {
  return asl::start<walk_machine>(limit);
}

inline void walk_machine::move_next() {
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
      ::new (asl::place(outer)) Noisy("outer");
      outer_live_ = true;

      total = 0;

      i = 0;

    again: {
      ::new (asl::place(x1)) Noisy("loop" + std::to_string(i));
      x1_live_ = true;

      // co_await tick(i) (line 29)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{tick(i)};
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
      total += awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      if (i == 1) {
        ::new (asl::place(x2)) Noisy("inner1");
        x2_live_ = true;

        ++i;
        // co_await tick(0) (line 33)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{tick(0)};
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
        awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);

        asl::destroy(x2, x2_live_);
        asl::destroy(x1, x1_live_);
        goto again;
      }
      ++i;
      if (i < limit) {
        ::new (asl::place(y)) Noisy("before-goto");
        y_live_ = true;

        asl::destroy(y, y_live_);
        asl::destroy(x1, x1_live_);
        goto again;
      }
      asl::destroy(x1, x1_live_);
    }
      for (j = 0; j < 5; ++j) {
        ::new (asl::place(x3)) Noisy("for" + std::to_string(j));
        x3_live_ = true;

        if (j == 1) {
          asl::destroy(x3, x3_live_);
          continue;
        }

        // co_await tick(j) (line 46)
        ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{tick(j)};
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
        v1 = awaiter2_.await_resume();
        asl::destroy(awaiter2_, awaiter2_live_);

        if (v1 == 3) {
          ::new (asl::place(z)) Noisy("break");
          z_live_ = true;

          asl::destroy(z, z_live_);
          asl::destroy(x3, x3_live_);
          break;
        }
        {
          ::new (asl::place(x)) Noisy("nested" + std::to_string(j));
          x_live_ = true;

          // co_await tick(x.n.size()) (line 53)
          ::new (asl::place(awaiter3_))
              asl::task_awaiter<int>{tick(x.n.size())};
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
          total += awaiter3_.await_resume();
          asl::destroy(awaiter3_, awaiter3_live_);

          asl::destroy(x, x_live_);
        }
        asl::destroy(x3, x3_live_);
      }
      while (true) {
        ::new (asl::place(w)) Noisy("while");
        w_live_ = true;

        // co_await tick(total) (line 58)
        ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{tick(total)};
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
        v2 = awaiter4_.await_resume();
        asl::destroy(awaiter4_, awaiter4_live_);

        if (v2 > 0) {
          ::new (asl::place(r)) Noisy("return");
          r_live_ = true;

          spill0_ = v2;
          // co_await tick(1) (line 61)
          ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{tick(1)};
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
          builder_.set_result(spill0_ + (awaiter5_.await_resume()));
          asl::destroy(awaiter5_, awaiter5_live_);
          asl::destroy(r, r_live_);
          asl::destroy(w, w_live_);
          asl::destroy(outer, outer_live_);
          unwind_.release();
          goto finish_;
        }
        asl::destroy(w, w_live_);
      }
      asl::destroy(outer, outer_live_);
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of shadow(), line 66. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct shadow_machine {
  shadow_machine() {}
  ~shadow_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'n_s' may be kept
  // (line 80).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  union {
    std::string n_s;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
  };
  int n1;
  int n3;
  int n4;
  int n5;
  int state_ = -1;
  bool n_s_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(n_s, n_s_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> shadow() { return asl::start<shadow_machine>(); }

inline void shadow_machine::move_next() {
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
    default:
      break;
    }
    {
      n1 = 1;

      {
        // co_await tick(10) (line 69)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{tick(10)};
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
        n3 = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        {
          // co_await tick(100) (line 71)
          ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{tick(100)};
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
          int n = awaiter1_.await_resume();
          asl::destroy(awaiter1_, awaiter1_live_);

          std::printf("  n3=%d\n", n);
        }
        std::printf("  n2=%d\n", n3);
      }
      std::printf("  n1=%d\n", n1);
      for (n4 = 0; n4 < 2; ++n4) {
        ::new (asl::place(n_s)) std::string(std::to_string(n4));
        n_s_live_ = true;

        // co_await tick(n) (line 79)
        ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{tick(n4)};
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
        awaiter2_.await_resume();
        asl::destroy(awaiter2_, awaiter2_live_);

        std::printf("  for n=%d %s\n", n4, n_s.c_str());
        asl::destroy(n_s, n_s_live_);
      }
      {
        // co_await tick(7) (line 82)
        ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{tick(7)};
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
        n5 = awaiter3_.await_resume();
        asl::destroy(awaiter3_, awaiter3_live_);
        if (n5 > 5) {
          // co_await tick(n) (line 83)
          ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{tick(n5)};
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
          int m = awaiter4_.await_resume();
          asl::destroy(awaiter4_, awaiter4_live_);

          std::printf("  if n=%d m=%d\n", n5, m);
        } else {
          int n2 = n5;
          std::printf("  else %d\n", n2);
        }
      }
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

int main() {
  int r = asl::sync_wait(walk(3));
  std::printf("walk=%d\n", r);
  ev.reset();
  asl::Task<void> t = shadow();
  std::printf("suspended\n");
  ev.set();
  asl::sync_wait(std::move(t));
  std::printf("done\n");
}
