// Checks that a task resumes its awaiter only once it has finished, after its
// locals are destroyed (xlang#115, continuable#61): co_return builds the value
// first, then the locals die, then the awaiting task runs; flowing off the end
// of a void task destroys the locals before the awaiter runs.
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
struct Local {
  const char *n;
  ~Local() { std::printf("  ~%s\n", n); }
};
struct Ret {
  int v;
  Ret(int x) : v(x) { std::printf("  return value(%d)\n", v); }
};

// The state machine of explicitReturn(), line 28. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct explicitReturn_machine {
  explicitReturn_machine() {}
  ~explicitReturn_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Local, Pause>;

  asl::task_builder<Ret> builder_;
  union {
    Local a;
  };
  union {
    Local b;
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<Ret> explicitReturn() {
  return asl::start<explicitReturn_machine>();
}

inline void explicitReturn_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(a)) Local{"a"};
      a_live_ = true;

      {
        ::new (asl::place(b)) Local{"b"};
        b_live_ = true;

        // co_await Pause{} (line 32)
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

        builder_.set_result(1);
        asl::destroy(b, b_live_);
        asl::destroy(a, a_live_);
        unwind_.release();
        goto finish_;
      }
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of flowOffEnd(), line 37. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct flowOffEnd_machine {
  flowOffEnd_machine() {}
  ~flowOffEnd_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Local, Pause> && !asl::usually_suspends<Pause>;

  asl::task_builder<void> builder_;
  union {
    Local c;
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool c_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(c, c_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<void> flowOffEnd() {
  return asl::start<flowOffEnd_machine>();
}

inline void flowOffEnd_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(c)) Local{"c"};
      c_live_ = true;

      // co_await Pause{} (line 39)
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

      asl::destroy(c, c_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of voidReturn(), line 42. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct voidReturn_machine {
  explicit voidReturn_machine(asl::Event &ready) : ready(ready) {}
  ~voidReturn_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Local, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<void> builder_;
  asl::Event &ready;
  union {
    Local d;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool d_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(d, d_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> voidReturn(asl::Event &ready) {
  return asl::start<voidReturn_machine>(ready);
}

inline void voidReturn_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(d)) Local{"d"};
      d_live_ = true;

      // co_await ready (line 44)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::puts("  child resumed by the event");
      builder_.set_result();
      asl::destroy(d, d_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of parent(), line 49. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct parent_machine {
  explicit parent_machine(asl::Event &ready) : ready(ready) {}
  ~parent_machine() { destroy_live(); }

  // Built in its heap box from the start: a constructor of 'Ret' may keep the
  // address of 'r' at line 51.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    asl::task_awaiter<Ret> awaiter0_;
    asl::task_awaiter<void> awaiter1_;
    asl::task_awaiter<void> awaiter2_;
  };
  union {
    Ret r;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> parent(asl::Event &ready) {
  return asl::start<parent_machine>(ready);
}

inline void parent_machine::move_next() {
  try {
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
      std::puts("explicit co_return:");
      // co_await explicitReturn() (line 51)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<Ret>{explicitReturn()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(r)) Ret(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("  parent resumed with %d\n", r.v);
      std::puts("flowing off the end:");
      // co_await flowOffEnd() (line 54)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{flowOffEnd()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::puts("  parent resumed");
      std::puts("co_return; after an event:");
      // co_await voidReturn(ready) (line 57)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<void>{voidReturn(ready)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::puts("  parent resumed");
      builder_.set_result(r.v + 1);
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

int main() {
  asl::Event ready;
  asl::Task<int> t = parent(ready);
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    std::puts("main: resume");
    h();
  }
  std::puts("main: set event");
  ready.set();
  std::printf("main: result %d\n", asl::sync_wait(std::move(t)));
}
