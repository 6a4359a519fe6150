// Async functions whose every call begins by awaiting something. When that
// awaiter usually suspends (asl::is_usually_suspending: an event's, a pool's
// schedule(), a delay, or a user's awaiter that says so), the machine is
// built in its heap box from the start instead of on the caller's stack,
// which would move it there at once (B3 of issue 6). The program's output is
// the same either way; the golden shows which machines start where. Covered:
// a bare await, one after declarations that neither await nor leave, one
// that initializes a local, configure_await, a user's awaiter that says it
// usually suspends and declines to (await_suspend returns false), an event
// that is already set (the box then completes without suspending), a
// coroutine lambda, and calls whose first await can be skipped or awaits a
// task (they still start on the stack).
#include <asl/task.h>

#include <cstdio>

asl::Event ready;
asl::Event already_set(true);

// Says it usually suspends, but never does: await_suspend declines.
struct declining_awaiter {
  int value;
  bool await_ready() const noexcept { return false; }
  template <class Handle> bool await_suspend(Handle) noexcept {
    return false;
  }
  int await_resume() const noexcept { return value; }
};
namespace asl {
template <> struct is_usually_suspending<declining_awaiter> : std::true_type {};
} // namespace asl

// The state machine of bare_await(), line 33. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct bare_await_machine {
  bare_await_machine() {}
  ~bare_await_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> bare_await() {
  return asl::start<bare_await_machine>();
}

inline void bare_await_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 34)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      builder_.set_result(1);
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

// The state machine of after_declarations(), line 38. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct after_declarations_machine {
  explicit after_declarations_machine(int &n) : n(std::move(n)) {}
  ~after_declarations_machine() { destroy_live(); }

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
  int n;
  int doubled;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> after_declarations(int n) {
  return asl::start<after_declarations_machine>(n);
}

inline void after_declarations_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      doubled = n * 2;

      std::printf("declared %d\n", doubled);
      // co_await ready (line 41)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      builder_.set_result(std::move(doubled));
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

// The state machine of into_a_local(), line 45. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct into_a_local_machine {
  into_a_local_machine() {}
  ~into_a_local_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable = asl::relocatable<declining_awaiter> &&
                                      !asl::usually_suspends<declining_awaiter>;

  asl::task_builder<int> builder_;
  union {
    declining_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> into_a_local() {
  return asl::start<into_a_local_machine>();
}

inline void into_a_local_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await declining_awaiter{41} (line 46)
      ::new (asl::place(awaiter0_)) declining_awaiter(declining_awaiter{41});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int got = awaiter0_.await_resume();

      builder_.set_result(got + 1);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of configured(), line 50. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct configured_machine {
  configured_machine() {}
  ~configured_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::configured_awaiter<asl::event_awaiter>> &&
      !asl::usually_suspends<asl::configured_awaiter<asl::event_awaiter>>;

  asl::task_builder<int> builder_;
  union {
    asl::configured_awaiter<asl::event_awaiter> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> configured() {
  return asl::start<configured_machine>();
}

inline void configured_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await asl::configure_await(ready, false) (line 51)
      ::new (asl::place(awaiter0_)) asl::configured_awaiter<asl::event_awaiter>(
          asl::get_awaiter(asl::configure_await(ready, false)));
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

      builder_.set_result(3);
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

// The state machine of on_a_set_event(), line 55. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct on_a_set_event_machine {
  on_a_set_event_machine() {}
  ~on_a_set_event_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> on_a_set_event() {
  return asl::start<on_a_set_event_machine>();
}

inline void on_a_set_event_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await already_set (line 56)
      ::new (asl::place(awaiter0_))
          asl::event_awaiter(asl::get_awaiter(already_set));
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

      builder_.set_result(4);
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

// The state machine of first_await_skippable(), line 60. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct first_await_skippable_machine {
  explicit first_await_skippable_machine(bool &wait) : wait(std::move(wait)) {}
  ~first_await_skippable_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, bool>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  bool wait;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> first_await_skippable(bool wait) {
  return asl::start<first_await_skippable_machine>(wait);
}

inline void first_await_skippable_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      if (wait) {
        // co_await ready (line 62)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(ready));
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
      }

      builder_.set_result(5);
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

// The state machine of first_await_on_a_task(), line 66. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct first_await_on_a_task_machine {
  first_await_on_a_task_machine() {}
  ~first_await_on_a_task_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::task_awaiter<int>, int> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int one;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> first_await_on_a_task() {
  return asl::start<first_await_on_a_task_machine>();
}

inline void first_await_on_a_task_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      // co_await bare_await() (line 67)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{bare_await()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      one = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await ready (line 68)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      builder_.set_result(one + 5);
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
  auto lambda = [](int base) -> asl::Task<int> {
    // The state machine of the lambda, line 73. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine {
      explicit lambda_machine(int &base) : base(std::move(base)) {}
      ~lambda_machine() { destroy_live(); }

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable)
      // and if the await every call begins with may complete at once (see
      // asl::is_usually_suspending).
      using relocatable =
          std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                             !asl::usually_suspends<asl::event_awaiter>>;

      asl::task_builder<int> builder_;
      union {
        asl::event_awaiter awaiter0_;
      };
      int base;
      int state_ = -1;
      bool awaiter0_live_ = false;

      // Destroys the lifted objects still alive, last constructed first: when
      // an exception leaves the body, or when the task is destroyed while
      // suspended.
      void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

      void move_next() {
        try {
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }
          {
            // co_await ready (line 74)
            ::new (asl::place(awaiter0_))
                asl::event_awaiter(asl::get_awaiter(ready));
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

            builder_.set_result(base + 7);
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
    };

    return asl::start<lambda_machine>(base);
  };
  asl::Task<int> a = bare_await();
  asl::Task<int> b = after_declarations(21);
  asl::Task<int> c = into_a_local();
  asl::Task<int> d = configured();
  asl::Task<int> e = on_a_set_event();
  asl::Task<int> f = first_await_skippable(false);
  asl::Task<int> g = first_await_skippable(true);
  asl::Task<int> h = first_await_on_a_task();
  asl::Task<int> i = lambda(100);
  std::printf("before set: c %d, e %d, f %d, a %d\n", c.is_ready(),
              e.is_ready(), f.is_ready(), a.is_ready());
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  std::printf("%d\n", asl::sync_wait(std::move(b)));
  std::printf("%d %d %d %d %d %d %d\n", asl::sync_wait(std::move(c)),
              asl::sync_wait(std::move(d)), asl::sync_wait(std::move(e)),
              asl::sync_wait(std::move(f)), asl::sync_wait(std::move(g)),
              asl::sync_wait(std::move(h)), asl::sync_wait(std::move(i)));
}
