// ASL_ASYNC written after other decl-specifiers (static, inline, friend,
// virtual) and attributes, at namespace scope, in a class, on templates, and
// on out-of-class definitions, repeated there or left to the declaration in
// the class.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

// The state machine of internal(), line 11. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct internal_machine {
  explicit internal_machine(int &x) : x(std::move(x)) {}
  ~internal_machine() { destroy_live(); }

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
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

static ASL_ASYNC asl::Task<int> internal(int x) {
  return asl::start<internal_machine>(x);
}

inline void internal_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 12)
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

      builder_.set_result(x + 1);
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

// The state machine of shared(), line 16. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct shared_machine {
  explicit shared_machine(int &x) : x(std::move(x)) {}
  ~shared_machine() { destroy_live(); }

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
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline ASL_ASYNC asl::Task<int> shared(int x) {
  return asl::start<shared_machine>(x);
}

inline void shared_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 17)
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

      builder_.set_result(x * 2);
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

// The state machine of both(), line 21. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct both_machine {
  explicit both_machine(int &x) : x(std::move(x)) {}
  ~both_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

static inline ASL_ASYNC asl::Task<int> both(int x) {
  return asl::start<both_machine>(x);
}

inline void both_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await shared(x) (line 22)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{shared(x)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int y = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(y + 3);
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

template <class T> struct twice_machine;

template <class T> inline ASL_ASYNC asl::Task<T> twice(T x) {
  return asl::start<twice_machine<T>>(x);
}

// The state machine of checked(), line 31. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct checked_machine {
  explicit checked_machine(int &x) : x(std::move(x)) {}
  ~checked_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

[[nodiscard]] static ASL_ASYNC asl::Task<int> checked(int x) {
  return asl::start<checked_machine>(x);
}

inline void checked_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await internal(x) (line 32)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{internal(x)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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

struct Shape {
  virtual ~Shape() = default;
  struct area_machine;
  virtual ASL_ASYNC asl::Task<int> area() const;
  struct sides_machine;
  virtual ASL_ASYNC asl::Task<int> sides() const;
  struct count_machine;
  static ASL_ASYNC asl::Task<int> count(int n);
  struct later_machine;
  static ASL_ASYNC asl::Task<int> later(int n);
  template <class U> struct sized_machine;

  template <class U> static ASL_ASYNC asl::Task<int> sized(U u) {
    return asl::start<sized_machine<U>>(u);
  }

  struct describe_machine;
  friend ASL_ASYNC asl::Task<int> describe(const Shape &s);
  friend struct outline_machine;
  friend inline ASL_ASYNC asl::Task<int> outline(const Shape &s);
};

// The state machine of Shape::area(), line 37. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Shape::area_machine {
  explicit area_machine(const Shape *this_) : this_(this_) {}
  ~area_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const Shape *this_;
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

inline asl::Task<int> Shape::area() const {
  return asl::start<area_machine>(this);
}

inline void Shape::area_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 38)
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

      builder_.set_result(0);
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

// The state machine of Shape::count(), line 42. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Shape::count_machine {
  explicit count_machine(int &n) : n(std::move(n)) {}
  ~count_machine() { destroy_live(); }

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
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<int> Shape::count(int n) {
  return asl::start<count_machine>(n);
}

inline void Shape::count_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 43)
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

      builder_.set_result(std::move(n));
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

// The state machine of describe(), line 51. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct Shape::describe_machine {
  explicit describe_machine(const Shape &s) : s(s) {}
  ~describe_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  const Shape &s;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<int> describe(const Shape &s) {
  return asl::start<Shape::describe_machine>(s);
}

inline void Shape::describe_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await s.area() (line 52)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{s.area()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(a + 100);
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

struct Square : Shape {
  int side = 3;
  struct area_machine1;
  ASL_ASYNC asl::Task<int> area() const override;
  struct sides_machine1;
  inline ASL_ASYNC asl::Task<int> sides() const override;
};

// The state machine of Square::area(), line 60. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Square::area_machine1 {
  explicit area_machine1(const Square *this_) : this_(this_) {}
  ~area_machine1() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const Square *this_;
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

inline asl::Task<int> Square::area() const {
  return asl::start<area_machine1>(this);
}

inline void Square::area_machine1::move_next() {
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

      builder_.set_result(this_->side * this_->side);
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

// The state machine of Shape::sides(), line 67. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Shape::sides_machine {
  explicit sides_machine(const Shape *this_) : this_(this_) {}
  ~sides_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const Shape *this_;
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

ASL_ASYNC asl::Task<int> Shape::sides() const {
  return asl::start<sides_machine>(this);
}

inline void Shape::sides_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
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

      builder_.set_result(0);
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

// The state machine of Square::sides(), line 72. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Square::sides_machine1 {
  explicit sides_machine1(const Square *this_) : this_(this_) {}
  ~sides_machine1() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const Square *this_;
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

inline ASL_ASYNC asl::Task<int> Square::sides() const {
  return asl::start<sides_machine1>(this);
}

inline void Square::sides_machine1::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 73)
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

// The marker left to the declaration in the class.
// The state machine of Shape::later(), line 78. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Shape::later_machine {
  explicit later_machine(int &n) : n(std::move(n)) {}
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
  int n;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

asl::Task<int> Shape::later(int n) { return asl::start<later_machine>(n); }

inline void Shape::later_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 79)
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

      builder_.set_result(n + 10);
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

// The state machine of outline(), line 83. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct outline_machine {
  explicit outline_machine(const Shape &s) : s(s) {}
  ~outline_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  const Shape &s;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline ASL_ASYNC asl::Task<int> outline(const Shape &s) {
  return asl::start<outline_machine>(s);
}

inline void outline_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await s.sides() (line 84)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{s.sides()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int n = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(n * 10);
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

template <class T> struct Box {
  explicit Box(T v) : value(v) {}
  T value;
  struct make_machine;
  static ASL_ASYNC asl::Task<T> make(T v) {
    return asl::start<make_machine>(v);
  }

  struct get_machine;
  virtual ASL_ASYNC asl::Task<T> get() const {
    return asl::start<get_machine>(this);
  }

  virtual ~Box() = default;
};

// A coroutine lambda needs no marker; written, it stays in its head.
auto plus_one = [](int x) ASL_ASYNC -> asl::Task<int> {
  // The state machine of the lambda, line 103. state_ is -1 while it runs, N
  // while it is suspended at co_await N, -2 once it has finished.
  struct lambda_machine {
    explicit lambda_machine(int &x) : x(std::move(x)) {}
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
    int x;
    int state_ = -1;
    bool awaiter0_live_ = false;

    // Destroys the lifted objects still alive, last constructed first: when an
    // exception leaves the body, or when the task is destroyed while suspended.
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
          // co_await ready (line 104)
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

          builder_.set_result(x + 1);
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

  return asl::start<lambda_machine>(x);
};

int main() {
  ready.set();
  Square sq;
  const Shape &s = sq;
  std::printf("%d %d %d %d %d\n", asl::sync_wait(internal(1)),
              asl::sync_wait(shared(2)), asl::sync_wait(both(3)),
              asl::sync_wait(twice(4)), asl::sync_wait(checked(5)));
  std::printf("%d %d %d %d\n", asl::sync_wait(s.area()),
              asl::sync_wait(s.sides()), asl::sync_wait(Shape::count(6)),
              asl::sync_wait(Shape::later(7)));
  std::printf("%d %d %d\n", asl::sync_wait(Shape::sized(8.0)),
              asl::sync_wait(describe(s)), asl::sync_wait(outline(s)));
  Box<long> box(9);
  std::printf("%ld %ld\n", asl::sync_wait(Box<long>::make(10)),
              asl::sync_wait(box.get()));
  std::printf("%d\n", asl::sync_wait(plus_one(11)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of twice<int>(), line 26. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct twice_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit twice_machine(int &x) : x(std::move(x)) {}
  ~twice_machine() { destroy_live(); }

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
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void twice_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 27)
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

      builder_.set_result(x + x);
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

// The state machine of Shape::sized<double>(), line 47. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Shape::sized_machine<double> {
  // The template's parameters, which the body names.
  using U = double;

  explicit sized_machine(double &u) : u(std::move(u)) {}
  ~sized_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, double> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  double u;
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

inline void Shape::sized_machine<double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 48)
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

      builder_.set_result(static_cast<int>(sizeof u));
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

// The state machine of Box<long>::make(), line 91. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<long>::make_machine {
  // The template's parameters, which the body names.
  using T = long;

  explicit make_machine(long &v) : v(std::move(v)) {}
  ~make_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<long> builder_;
  long v;
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

inline void Box<long>::make_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 92)
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

// The state machine of Box<long>::get(), line 95. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<long>::get_machine {
  // The template's parameters, which the body names.
  using T = long;

  explicit get_machine(const Box<long> *this_) : this_(this_) {}
  ~get_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<long> builder_;
  const Box<long> *this_;
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

inline void Box<long>::get_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 96)
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

      builder_.set_result(this_->value);
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
