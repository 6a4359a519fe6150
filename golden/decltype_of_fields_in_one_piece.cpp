// A decltype naming a local the machine keeps as a field is spelled as the
// local's type (its field's type may differ: a pointer for a reference),
// and in one piece wherever decltype(...) stood: after `decltype(arr)` of
// an array the declarator's name comes after the bounds, a pointer type
// declares every name of its declaration a pointer, and `unsigned int`
// makes a functional cast only as one name. Each decltype here is written
// after an await, of a local kept across it, in a declaration that is not
// kept itself.
#include <asl/task.h>

#include <cstdio>

asl::Event ready(true);

// The state machine of later(), line 15. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  explicit later_machine(int &v) : v(std::move(v)) {}
  ~later_machine() { destroy_live(); }

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

ASL_ASYNC asl::Task<int> later(int v) { return asl::start<later_machine>(v); }

inline void later_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 16)
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

// The state machine of array_copy(), line 20. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct array_copy_machine {
  array_copy_machine() {}
  ~array_copy_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int[3]> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int arr[3];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> array_copy() {
  return asl::start<array_copy_machine>();
}

inline void array_copy_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(arr)) int[3]{1, 2, 3};

      // co_await later(0) (line 22)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(0)};
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

      asl::type_identity_t<int[3]> copy = {4, 5, 6};
      builder_.set_result(arr[1] + copy[2]);
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

// The state machine of pointers_declared_together(), line 27. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
struct pointers_declared_together_machine {
  pointers_declared_together_machine() {}
  ~pointers_declared_together_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'value' may be kept
  // (line 29).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *p;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int value;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> pointers_declared_together() {
  return asl::start<pointers_declared_together_machine>();
}

inline void pointers_declared_together_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      value = 7;

      p = &value;

      // co_await later(0) (line 30)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(0)};
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

      asl::type_identity_t<int *> q = p, r = &value;
      builder_.set_result(*q + *r);
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

// The state machine of unsigned_cast(), line 35. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct unsigned_cast_machine {
  unsigned_cast_machine() {}
  ~unsigned_cast_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, unsigned int> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<unsigned int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  unsigned int u;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<unsigned> unsigned_cast() {
  return asl::start<unsigned_cast_machine>();
}

inline void unsigned_cast_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      u = 40;

      // co_await later(0) (line 37)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(0)};
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

      builder_.set_result(asl::type_identity_t<unsigned int>(2) + u);
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

// The state machine of reference_kept(), line 41. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct reference_kept_machine {
  reference_kept_machine() {}
  ~reference_kept_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'target' may be kept
  // (line 43).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *ref;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int target;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> reference_kept() {
  return asl::start<reference_kept_machine>();
}

inline void reference_kept_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      target = 9;

      ref = std::addressof(target);

      // co_await later(0) (line 44)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(0)};
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

      asl::type_identity_t<int &> alias = target;
      alias += 1;
      builder_.set_result((*ref));
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
  std::printf("array %d\n", asl::sync_wait(array_copy()));
  std::printf("pointers %d\n", asl::sync_wait(pointers_declared_together()));
  std::printf("unsigned %u\n", asl::sync_wait(unsigned_cast()));
  std::printf("reference %d\n", asl::sync_wait(reference_kept()));
}
