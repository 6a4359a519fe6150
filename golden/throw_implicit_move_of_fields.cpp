// Checks C++20's implicit move in `throw name;` where the name is a field
// of the machine: a local living across an await, a by-value parameter, a
// name in parentheses, an rvalue reference (C++17 would copy from it), a
// throw in a conditional expression; a local declared after the last await
// (moved by the C++17 compiler itself); and the copies: a local thrown
// inside a try block that its scope contains, an lvalue reference.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

struct Failure {
  std::string what;
  explicit Failure(std::string w) : what(std::move(w)) {}
  Failure(const Failure &o) : what(o.what + "'") {
    std::printf("  copy %s\n", what.c_str());
  }
  Failure(Failure &&o) noexcept : what(std::move(o.what)) {
    std::printf("  move %s\n", what.c_str());
  }
};

Failure shared_failure("shared");

// The state machine of lifted(), line 26. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct lifted_machine {
  explicit lifted_machine(asl::Event &ready) : ready(ready) {}
  ~lifted_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Failure, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    Failure f;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool f_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(f, f_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> lifted(asl::Event &ready) {
  return asl::start<lifted_machine>(ready);
}

inline void lifted_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(f)) Failure("lifted");
      f_live_ = true;

      // co_await ready (line 28)
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

      throw std::move(f);
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of parameter(), line 32. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct parameter_machine {
  parameter_machine(asl::Event &ready, Failure &f)
      : f(std::move(f)), ready(ready) {}
  ~parameter_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::parameter_copy<Failure>> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Failure f;
  asl::Event &ready;
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

ASL_ASYNC asl::Task<int> parameter(asl::Event &ready, Failure f) {
  return asl::start<parameter_machine>(ready, f);
}

inline void parameter_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 33)
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

      throw std::move((f));
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of rvalue_reference(), line 37. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct rvalue_reference_machine {
  explicit rvalue_reference_machine(asl::Event &ready) : ready(ready) {}
  ~rvalue_reference_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Failure, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    Failure f;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool f_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(f, f_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> rvalue_reference(asl::Event &ready) {
  return asl::start<rvalue_reference_machine>(ready);
}

inline void rvalue_reference_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(f)) Failure(Failure("rref"));
      f_live_ = true;

      // co_await ready (line 39)
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

      throw std::move(f);
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of conditional(), line 43. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct conditional_machine {
  conditional_machine(asl::Event &ready, bool &fail)
      : ready(ready), fail(std::move(fail)) {}
  ~conditional_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Failure, asl::event_awaiter, bool> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    Failure f;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  bool fail;
  int state_ = -1;
  bool f_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(f, f_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> conditional(asl::Event &ready, bool fail) {
  return asl::start<conditional_machine>(ready, fail);
}

inline void conditional_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(f)) Failure("conditional");
      f_live_ = true;

      // co_await ready (line 45)
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

      builder_.set_result(fail ? throw std::move(f) : 1);
      asl::destroy(f, f_live_);
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

// The state machine of caught_inside(), line 49. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct caught_inside_machine {
  explicit caught_inside_machine(asl::Event &ready) : ready(ready) {}
  ~caught_inside_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Failure, asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    Failure f;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool f_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(f, f_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> caught_inside(asl::Event &ready) {
  return asl::start<caught_inside_machine>(ready);
}

inline void caught_inside_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(f)) Failure("inner");
      f_live_ = true;

    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await ready (line 52)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(ready));
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

        throw f;
      } catch (const Failure &caught) {
        asl::destroy(awaiter0_, awaiter0_live_);

        std::printf("  inside caught %s\n", caught.what.c_str());
      }
      builder_.set_result(2);
      asl::destroy(f, f_live_);
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

// The state machine of after_await(), line 60. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct after_await_machine {
  explicit after_await_machine(asl::Event &ready) : ready(ready) {}
  ~after_await_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
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

ASL_ASYNC asl::Task<int> after_await(asl::Event &ready) {
  return asl::start<after_await_machine>(ready);
}

inline void after_await_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 61)
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

      Failure f("after");
      throw f;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of lvalue_reference(), line 66. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct lvalue_reference_machine {
  explicit lvalue_reference_machine(asl::Event &ready) : ready(ready) {}
  ~lvalue_reference_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Failure *, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  Failure *f;
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

ASL_ASYNC asl::Task<int> lvalue_reference(asl::Event &ready) {
  return asl::start<lvalue_reference_machine>(ready);
}

inline void lvalue_reference_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      f = std::addressof(shared_failure);

      // co_await ready (line 68)
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

      throw(*f);
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

void report(asl::Task<int> task) {
  try {
    std::printf("value %d\n", asl::sync_wait(std::move(task)));
  } catch (const Failure &caught) {
    std::printf("caught %s\n", caught.what.c_str());
  }
}

int main() {
  asl::Event ready;
  auto a = lifted(ready);
  auto b = parameter(ready, Failure("param"));
  auto c = rvalue_reference(ready);
  auto d = conditional(ready, true);
  auto e = caught_inside(ready);
  auto f = after_await(ready);
  auto g = lvalue_reference(ready);
  std::puts("set");
  ready.set();
  report(std::move(a));
  report(std::move(b));
  report(std::move(c));
  report(std::move(d));
  report(std::move(e));
  report(std::move(f));
  report(std::move(g));
}
