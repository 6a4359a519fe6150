// Checks co_return, break, continue and goto after a resumption (regenerator
// #173, #192, jsse#493): each leaves its loop for good and runs exactly the
// destructors of the scopes it leaves; co_return builds its value first.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};
struct Fin {
  int id;
  ~Fin() { std::printf("  fin %d\n", id); }
};
struct Ret { // the task's value; says when the value is produced
  int v;
  Ret(int x) : v(x) { std::printf("  return value(%d)\n", v); }
};

// The state machine of findFirst(), line 27. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct findFirst_machine {
  findFirst_machine() {}
  ~findFirst_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Fin, Pause, int>;

  asl::task_builder<Ret> builder_;
  int i;
  union {
    Fin f;
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool f_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(f, f_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<Ret> findFirst() { return asl::start<findFirst_machine>(); }

inline void findFirst_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      for (i = 0; i < 3; ++i) {
        ::new (asl::place(f)) Fin{i};
        f_live_ = true;

        // co_await Pause{} (line 30)
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

        if (i == 0) {
          builder_.set_result(10 + i);
          asl::destroy(f, f_live_);
          unwind_.release();
          goto finish_;
        }
        // must stop the loop: value 10, only "fin 0"
        asl::destroy(f, f_live_);
      }
      builder_.set_result(-1);
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

// The state machine of exits(), line 37. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct exits_machine {
  exits_machine() {}
  ~exits_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Fin, Pause, int>;

  asl::task_builder<Ret> builder_;
  union {
    Fin f;
  };
  int i1;
  union {
    Fin f1;
  };
  int i2;
  int j;
  union {
    Fin a;
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
  };
  int state_ = -1;
  bool f_live_ = false;
  bool f1_live_ = false;
  bool a_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(a, a_live_);
    asl::destroy(f1, f1_live_);
    asl::destroy(f, f_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<Ret> exits() { return asl::start<exits_machine>(); }

inline void exits_machine::move_next() {
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
      while (true) {
        ::new (asl::place(f)) Fin{100};
        f_live_ = true;

        // co_await Pause{} (line 40)
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

        asl::destroy(f, f_live_);
        break;
      }
      std::puts("  after while/break");
      for (i1 = 0; i1 < 3; ++i1) {
        ::new (asl::place(f1)) Fin{200 + i1};
        f1_live_ = true;

        // co_await Pause{} (line 46)
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

        if (i1 == 1) {
          asl::destroy(f1, f1_live_);
          continue;
        }

        std::printf("  body %d\n", i1);
        asl::destroy(f1, f1_live_);
      }
      for (i2 = 0; i2 < 2; ++i2)
        for (j = 0; j < 2; ++j) {
          ::new (asl::place(a)) Fin{300 + i2 * 10 + j};
          a_live_ = true;

          // co_await Pause{} (line 54)
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

          if (i2 == 1 && j == 0) {
            asl::destroy(a, a_live_);
            goto out;
          }

          asl::destroy(a, a_live_);
        }
    out:
      std::puts("  after goto");
      builder_.set_result(0);
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

static int drain(asl::Task<Ret> t) {
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  return asl::sync_wait(std::move(t)).v;
}

int main() {
  std::printf("findFirst -> %d\n", drain(findFirst()));
  std::printf("exits -> %d\n", drain(exits()));
}
