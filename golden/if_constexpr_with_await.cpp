// Checks awaits inside `if constexpr` in an async function (not a template,
// so the condition has a value and both branches are checked). Only the
// taken branch is part of the program: its awaits resume inside it, the
// discarded branch's awaits are no states, and an init-statement's variable
// lives across the taken branch's awaits. Also: a false condition without
// else, a co_return in a branch, and a constexpr if in a lambda that uses a
// lifted local.
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
};

constexpr bool wide = sizeof(long long) >= 8;

// The state machine of branches(), line 32. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct branches_machine {
  explicit branches_machine(int &limit) : limit(std::move(limit)) {}
  ~branches_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'kept' may be kept
  // (line 46).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Traced kept;
  };
  union {
    Traced t;
  };
  int limit;
  int total;
  int i;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
    Pause awaiter3_;
  };
  int state_ = -1;
  bool kept_live_ = false;
  bool t_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(t, t_live_);
    asl::destroy(kept, kept_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> branches(int limit) {
  return asl::start<branches_machine>(limit);
}

inline void branches_machine::move_next() {
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
      total = 0;

      {
        static_assert(sizeof(int) == 4);
        {
          // co_await Pause{} (line 35)
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
          total += awaiter0_.await_resume();

          std::puts("  four-byte int");
        }
      }

      {
        static_assert(!(!wide));
        {
          ::new (asl::place(kept)) Traced("else-branch");
          kept_live_ = true;

          // co_await Pause{} (line 45)
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
          total += awaiter1_.await_resume();

          std::printf("  else taken, %s\n", kept.name.c_str());
          asl::destroy(kept, kept_live_);
        }
      }

      {
        static_assert(!(!wide));
      }

      for (i = 0; i < limit; ++i) {
        {
          ::new (asl::place(t)) Traced("init");
          t_live_ = true;
          static_assert(wide);
          {
            // co_await Pause{} (line 52)
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

            std::printf("  i=%d %s\n", i, t.name.c_str());
          }
          asl::destroy(t, t_live_);
        }
      }

      {
        static_assert(wide);
        {
          if (limit == 0) {
            builder_.set_result(-1);
            unwind_.release();
            goto finish_;
          }
        }
      }

      // co_await Pause{} (line 59)
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

      auto show = [&total = total] {
        {
          static_assert(wide);
          std::printf("  lambda total=%d\n", total);
        }
      };
      show();
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

template <class T> T drive(asl::Task<T> t) {
  while (!t.is_ready()) {
    auto resume = std::move(pending);
    resume();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("branches(2)=%d\n", drive(branches(2)));
  std::printf("branches(0)=%d\n", drive(branches(0)));
}
