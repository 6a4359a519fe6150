// Checks if and switch statements with a C++17 init-statement, where the
// init-statement's variable lives across an await: in the body only (the
// condition does not await), in the condition, and with a condition variable
// of its own. The variable is constructed before the condition, is alive
// across every await of the statement, and dies when the statement ends,
// after the condition variable.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 1; }
};

struct Traced {
  std::string name;
  Traced(const char *n) : name(n) { std::printf("  +%s\n", name.c_str()); }
  ~Traced() { std::printf("  -%s\n", name.c_str()); }
  explicit operator bool() const { return !name.empty(); }
};

// The condition does not await; the body does.
// The state machine of body_awaits(), line 31. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct body_awaits_machine {
  body_awaits_machine() {}
  ~body_awaits_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 't' may be kept (line
  // 45).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Traced t;
  };
  int sum;
  int g1;
  int g2;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
    Pause awaiter3_;
  };
  int state_ = -1;
  bool t_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(t, t_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> body_awaits() {
  return asl::start<body_awaits_machine>();
}

inline void body_awaits_machine::move_next() {
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
    default:
      break;
    }
    {
      sum = 0;

      {
        g1 = 7;
        if (g1 == 7) {
          // co_await Pause{} (line 34)
          ::new (asl::place(awaiter0_)) Pause(Pause{});
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            unwind_.release();
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter0_.await_resume();

          std::printf("  if: g=%d\n", g1);
          sum += g1;
        }
      }

      {
        g2 = 8;
        switch (g2) {
        case 8:
          // co_await Pause{} (line 40)
          ::new (asl::place(awaiter1_)) Pause(Pause{});
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

          std::printf("  switch: g=%d\n", g2);
          sum += g2;
          break;
        }
      }

      {
        ::new (asl::place(t)) Traced("if-init");
        t_live_ = true;
        if (t.name.size() > 100) {
          std::puts("  not taken");
        } else {
          // co_await Pause{} (line 48)
          ::new (asl::place(awaiter2_)) Pause(Pause{});
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

          std::printf("  else: %s\n", t.name.c_str());
        }
        asl::destroy(t, t_live_);
      }

      // An expression statement as the init-statement.
      if (++sum; sum > 0) {
        // co_await Pause{} (line 53)
        ::new (asl::place(awaiter3_)) Pause(Pause{});
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          unwind_.release();
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter3_.await_resume();

        std::printf("  sum=%d\n", sum);
      }
      builder_.set_result(std::move(sum));
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

// The condition awaits: the variable is alive across that await too.
// The state machine of condition_awaits(), line 60. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct condition_awaits_machine {
  condition_awaits_machine() {}
  ~condition_awaits_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'g' may be kept (line
  // 62).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Traced g1;
  };
  union {
    Traced g2;
  };
  int n;
  int k;
  union {
    bool condition3_;
    int condition2_;
    int spill0_;
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    bool condition1_;
  };
  union {
    Pause awaiter2_;
  };
  int state_ = -1;
  bool g1_live_ = false;
  bool g2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(g2, g2_live_);
    asl::destroy(g1, g1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> condition_awaits() {
  return asl::start<condition_awaits_machine>();
}

inline void condition_awaits_machine::move_next() {
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
      {
        ::new (asl::place(g1)) Traced("ifinit");
        g1_live_ = true;
        // co_await Pause{} (line 61)
        ::new (asl::place(awaiter0_)) Pause(Pause{});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition3_ = awaiter0_.await_resume() == 1;
        if (condition3_)
          std::printf("  if %s\n", g1.name.c_str());
        asl::destroy(g1, g1_live_);
      }

      {
        ::new (asl::place(g2)) Traced("swinit");
        g2_live_ = true;
        // co_await Pause{} (line 63)
        ::new (asl::place(awaiter1_)) Pause(Pause{});
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          unwind_.release();
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition2_ = awaiter1_.await_resume();
        switch (condition2_) {
        case 1:
          std::printf("  case 1 %s\n", g2.name.c_str());
          break;
        }
        asl::destroy(g2, g2_live_);
      }

      n = 0;

      {
        k = 40;
        // co_await Pause{} (line 69)
        ::new (asl::place(awaiter2_)) Pause(Pause{});
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          unwind_.release();
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        spill0_ = awaiter2_.await_resume();
        condition1_ = spill0_ + k == 41;
        if (condition1_)
          n = k;
      }

      builder_.set_result(std::move(n));
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

// An init-statement and a condition variable: the condition variable dies
// first, then the init-statement's.
// The state machine of with_condition_variable(), line 76. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct with_condition_variable_machine {
  with_condition_variable_machine() {}
  ~with_condition_variable_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'b' may be kept (line
  // 77).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  union {
    Traced a1;
  };
  union {
    Traced b;
  };
  union {
    Traced a2;
  };
  int v;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
  };
  int state_ = -1;
  bool a1_live_ = false;
  bool b_live_ = false;
  bool a2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(a2, a2_live_);
    asl::destroy(b, b_live_);
    asl::destroy(a1, a1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> with_condition_variable() {
  return asl::start<with_condition_variable_machine>();
}

inline void with_condition_variable_machine::move_next() {
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
      {
        ::new (asl::place(a1)) Traced("init");
        a1_live_ = true;
        ::new (asl::place(b)) Traced("cond");
        b_live_ = true;
        if (b) {
          // co_await Pause{} (line 78)
          ::new (asl::place(awaiter0_)) Pause(Pause{});
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            unwind_.release();
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter0_.await_resume();

          std::printf("  then %s %s\n", a1.name.c_str(), b.name.c_str());
        }
        asl::destroy(b, b_live_);
        asl::destroy(a1, a1_live_);
      }

      {
        ::new (asl::place(a2)) Traced("init2");
        a2_live_ = true;
        // co_await Pause{} (line 81)
        ::new (asl::place(awaiter1_)) Pause(Pause{});
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          unwind_.release();
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        v = awaiter1_.await_resume();
        switch (v) {
        case 1:
          // co_await Pause{} (line 83)
          ::new (asl::place(awaiter2_)) Pause(Pause{});
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

          std::printf("  case %d %s\n", v, a2.name.c_str());
        }
        asl::destroy(a2, a2_live_);
      }

      std::puts("  done");
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

template <class T> T drive(asl::Task<T> t) {
  while (!t.is_ready()) {
    auto resume = std::move(pending);
    resume();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("body_awaits=%d\n", drive(body_awaits()));
  std::printf("condition_awaits=%d\n", drive(condition_awaits()));
  drive(with_condition_variable());
}
