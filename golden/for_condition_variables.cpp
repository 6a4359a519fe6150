// Checks a for loop whose condition declares a variable
// (`for (init; T x = e; inc)`), with an await in that initializer, in the
// body, or both. The variable is constructed each iteration, lives through
// the body and the increment, and dies before the condition runs again;
// a break leaves it to die after the loop, before the for-init variable.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

struct Traced {
  std::string name;
  explicit Traced(std::string n) : name(std::move(n)) {
    std::printf("  +%s\n", name.c_str());
  }
  ~Traced() { std::printf("  -%s\n", name.c_str()); }
  explicit operator bool() const { return name != "c3"; }
};

// The state machine of next(), line 32. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct next_machine {
  explicit next_machine(int &i) : i(std::move(i)) {}
  ~next_machine() {}

  // Built in its heap box from the start: the address of 'i' may be kept (line
  // 36).
  static constexpr bool relocatable = false;

  asl::task_builder<std::unique_ptr<int>> builder_;
  int i;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::unique_ptr<int>> next(int i) {
  return asl::start<next_machine>(i);
}

inline void next_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 33)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      if (i >= 2) {
        builder_.set_result(nullptr);
        goto finish_;
      }

      builder_.set_result(std::make_unique<int>(i));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of loops(), line 39. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct loops_machine {
  loops_machine() {}
  ~loops_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'c' may be kept (line
  // 47).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Traced init;
  };
  union {
    Traced c;
  };
  union {
    std::unique_ptr<int> p1;
  };
  union {
    Traced local;
  };
  union {
    asl::task_awaiter<std::unique_ptr<int>> awaiter0_;
    Pause awaiter1_;
    asl::task_awaiter<std::unique_ptr<int>> awaiter2_;
    Pause awaiter3_;
  };
  int n;
  int j1;
  int j2;
  int state_ = -1;
  bool init_live_ = false;
  bool c_live_ = false;
  bool p1_live_ = false;
  bool local_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(local, local_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(p1, p1_live_);
    asl::destroy(c, c_live_);
    asl::destroy(init, init_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> loops() { return asl::start<loops_machine>(); }

inline void loops_machine::move_next() {
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
      n = 0;

      // The condition awaits; the body does not.
      {
        j1 = 0;
        for (;;) {
          // co_await next(j) (line 42)
          ::new (asl::place(awaiter0_))
              asl::task_awaiter<std::unique_ptr<int>>{next(j1)};
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
          auto p = awaiter0_.await_resume();
          asl::destroy(awaiter0_, awaiter0_live_);
          if (!p)
            break;
          {
            std::printf("  for-cond %d\n", *p);
            ++n;
          }
          ++j1;
        }
      }

      // The body awaits; the condition does not.
      {
        ::new (asl::place(init)) Traced("init"), init_live_ = true;
        for (;;) {
          asl::destroy(c, c_live_);
          ::new (asl::place(c)) Traced{"c" + std::to_string(n)};
          c_live_ = true;
          if (!c)
            break;
          {
            // co_await Pause{} (line 48)
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

            std::printf("  body %s\n", c.name.c_str());
          }
          ++n;
        }
        asl::destroy(c, c_live_);
        asl::destroy(init, init_live_);
      }

      // Both await, with continue and break.
      {
        j2 = 0;
        for (;;) {
          asl::destroy(p1, p1_live_);
          // co_await next(j) (line 52)
          ::new (asl::place(awaiter2_))
              asl::task_awaiter<std::unique_ptr<int>>{next(j2)};
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
          ::new (asl::place(p1)) std::unique_ptr<int>(awaiter2_.await_resume());
          p1_live_ = true;
          asl::destroy(awaiter2_, awaiter2_live_);
          if (!p1)
            break;
          {
            ::new (asl::place(local)) Traced("local" + std::to_string(j2));
            local_live_ = true;

            // co_await Pause{} (line 54)
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

            if (j2 == 0) {
              asl::destroy(local, local_live_);
              goto continue3_;
            }

            std::printf("  at %d\n", *p1);
            asl::destroy(local, local_live_);
            break;
          }
        continue3_:
          std::printf("  inc %d\n", j2++);
        }
        asl::destroy(p1, p1_live_);
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

int main() {
  auto t = loops();
  while (!t.is_ready()) {
    auto resume = std::move(pending);
    resume();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
