// Checks that a temporary made by a default argument, kept in the machine
// to the end of its full-expression, pins the machine as the same
// temporary written as an argument does: the machine would otherwise start
// on the stack and move at its first suspension, leaving the callee's
// reference pointing into the dead copy. Defaults of an awaited async
// function (class, scalar, braced, from a call; a member, a template, a
// coroutine lambda, an operator(), a static member), of a function keeping
// the address with a later await, and braced defaults of
// std::initializer_list parameters (by value, by reference, through a
// class's list constructor), which the call gets as a list made again
// from the array kept in the machine.
#include <asl/task.h>

#include <cstdio>
#include <initializer_list>

asl::Event ready;
// The state machine of later(), line 18. state_ is -1 while it runs, N while it
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
      // co_await ready (line 19)
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

struct Pt {
  int v;
};
static Pt make_pt(int v) { return Pt{v}; }

// The state machine of read_pt(), line 28. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct read_pt_machine {
  explicit read_pt_machine(const Pt &p) : p(p) {}
  ~read_pt_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  const Pt &p;
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

ASL_ASYNC asl::Task<int> read_pt(const Pt &p = Pt{5}) {
  return asl::start<read_pt_machine>(p);
}

inline void read_pt_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(0) (line 29)
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

      builder_.set_result(p.v + 100);
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

// The state machine of read_int(), line 32. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct read_int_machine {
  explicit read_int_machine(const int &r) : r(r) {}
  ~read_int_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  const int &r;
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

ASL_ASYNC asl::Task<int> read_int(const int &r = 6) {
  return asl::start<read_int_machine>(r);
}

inline void read_int_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(0) (line 33)
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

      builder_.set_result(r + 100);
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

// The state machine of read_braced(), line 36. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct read_braced_machine {
  explicit read_braced_machine(const Pt &p) : p(p) {}
  ~read_braced_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  const Pt &p;
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

ASL_ASYNC asl::Task<int> read_braced(const Pt &p = {7}) {
  return asl::start<read_braced_machine>(p);
}

inline void read_braced_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
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

      builder_.set_result(p.v + 100);
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

// The state machine of read_made(), line 40. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct read_made_machine {
  explicit read_made_machine(const Pt &p) : p(p) {}
  ~read_made_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  const Pt &p;
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

ASL_ASYNC asl::Task<int> read_made(const Pt &p = make_pt(8)) {
  return asl::start<read_made_machine>(p);
}

inline void read_made_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(0) (line 41)
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

      builder_.set_result(p.v + 100);
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

static const Pt *g_pt = nullptr;
static int keep(const Pt &p = Pt{9}) {
  g_pt = &p;
  return p.v;
}
static int show(int a, int b) { return g_pt->v * 1000 + a + b; }

struct Reader {
  struct read_machine;
  ASL_ASYNC asl::Task<int> read(const Pt &p = Pt{10});
  struct operator_call_machine;
  ASL_ASYNC asl::Task<int> operator()(const Pt &p = Pt{11});
  struct read_static_machine;
  ASL_ASYNC static asl::Task<int> read_static(const Pt &p = Pt{12});
};

// The state machine of Reader::read(), line 53. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Reader::read_machine {
  read_machine(Reader *this_, const Pt &p) : this_(this_), p(p) {}
  ~read_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  Reader *this_;
  const Pt &p;
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

inline asl::Task<int> Reader::read(const Pt &p) {
  return asl::start<read_machine>(this, p);
}

inline void Reader::read_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(0) (line 54)
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

      builder_.set_result(p.v + 100);
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

// The state machine of Reader::operator()(), line 57. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct Reader::operator_call_machine {
  operator_call_machine(Reader *this_, const Pt &p) : this_(this_), p(p) {}
  ~operator_call_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  Reader *this_;
  const Pt &p;
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

inline asl::Task<int> Reader::operator()(const Pt &p) {
  return asl::start<operator_call_machine>(this, p);
}

inline void Reader::operator_call_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(0) (line 58)
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

      builder_.set_result(p.v + 100);
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

// The state machine of Reader::read_static(), line 61. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct Reader::read_static_machine {
  explicit read_static_machine(const Pt &p) : p(p) {}
  ~read_static_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  const Pt &p;
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

inline asl::Task<int> Reader::read_static(const Pt &p) {
  return asl::start<read_static_machine>(p);
}

inline void Reader::read_static_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(0) (line 62)
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

      builder_.set_result(p.v + 100);
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

template <class T> struct read_t_machine;

template <class T> ASL_ASYNC asl::Task<int> read_t(const T &p = T{13}) {
  return asl::start<read_t_machine<T>>(p);
}

// The state machine of sum(), line 72. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct sum_machine {
  explicit sum_machine(std::initializer_list<int> &il) : il(std::move(il)) {}
  ~sum_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'il' may be kept (line
  // 75).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::initializer_list<int> il;
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

ASL_ASYNC asl::Task<int> sum(std::initializer_list<int> il = {1, 2}) {
  return asl::start<sum_machine>(il);
}

inline void sum_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(0) (line 73)
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

      int s = 100;
      for (int i : il)
        s += i;
      builder_.set_result(std::move(s));
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

// The state machine of sum_ref(), line 80. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct sum_ref_machine {
  explicit sum_ref_machine(const std::initializer_list<int> &il) : il(il) {}
  ~sum_ref_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  const std::initializer_list<int> &il;
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

ASL_ASYNC asl::Task<int> sum_ref(const std::initializer_list<int> &il = {3,
                                                                         4}) {
  return asl::start<sum_ref_machine>(il);
}

inline void sum_ref_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(0) (line 81)
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

      int s = 100;
      for (int i : il)
        s += i;
      builder_.set_result(std::move(s));
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

struct Bag {
  Bag(std::initializer_list<int> il) : items(il) {}
  std::initializer_list<int> items;
};
// The state machine of sum_bag(), line 91. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct sum_bag_machine {
  explicit sum_bag_machine(Bag &b) : b(std::move(b)) {}
  ~sum_bag_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'b' may be kept (line
  // 94).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Bag b;
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

ASL_ASYNC asl::Task<int> sum_bag(Bag b = {7, 8}) {
  return asl::start<sum_bag_machine>(b);
}

inline void sum_bag_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(0) (line 92)
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

      int s = 100;
      for (int i : b.items)
        s += i;
      builder_.set_result(std::move(s));
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

// The state machine of awaited_class(), line 99. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct awaited_class_machine {
  awaited_class_machine() {}
  ~awaited_class_machine() { destroy_live(); }

  // Built in its heap box from the start: a default argument's temporary kept
  // in the machine is passed by reference to a call that may keep the reference
  // (line 99).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Pt temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> awaited_class() {
  return asl::start<awaited_class_machine>();
}

inline void awaited_class_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Pt{5};
      // co_await read_pt() (line 99)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{read_pt(temporary0_)};
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

// The state machine of awaited_scalar(), line 100. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct awaited_scalar_machine {
  awaited_scalar_machine() {}
  ~awaited_scalar_machine() { destroy_live(); }

  // Built in its heap box from the start: a default argument's temporary kept
  // in the machine is passed by reference to a call that may keep the reference
  // (line 100).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> awaited_scalar() {
  return asl::start<awaited_scalar_machine>();
}

inline void awaited_scalar_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) int(6);
      // co_await read_int() (line 100)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{read_int(temporary0_)};
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

// The state machine of awaited_braced(), line 101. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct awaited_braced_machine {
  awaited_braced_machine() {}
  ~awaited_braced_machine() { destroy_live(); }

  // Built in its heap box from the start: a default argument's temporary kept
  // in the machine is passed by reference to a call that may keep the reference
  // (line 102).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Pt temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> awaited_braced() {
  return asl::start<awaited_braced_machine>();
}

inline void awaited_braced_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Pt{7};
      // co_await read_braced() (line 102)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{read_braced(temporary0_)};
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

// The state machine of awaited_made(), line 104. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct awaited_made_machine {
  awaited_made_machine() {}
  ~awaited_made_machine() { destroy_live(); }

  // Built in its heap box from the start: a default argument's temporary kept
  // in the machine is passed by reference to a call that may keep the reference
  // (line 104).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Pt temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> awaited_made() {
  return asl::start<awaited_made_machine>();
}

inline void awaited_made_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Pt(::make_pt(8));
      // co_await read_made() (line 104)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{read_made(temporary0_)};
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

// The state machine of kept_default(), line 105. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct kept_default_machine {
  kept_default_machine() {}
  ~kept_default_machine() { destroy_live(); }

  // Built in its heap box from the start: a default argument's temporary kept
  // in the machine is passed by reference to a call that may keep the reference
  // (line 106).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Pt temporary0_;
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> kept_default() {
  return asl::start<kept_default_machine>();
}

inline void kept_default_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Pt{9};
      spill1_ = keep(temporary0_);
      // co_await later(1) (line 106)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(1)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(show(spill1_, awaiter0_.await_resume()));
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

static Reader reader;
// The state machine of awaited_member(), line 109. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct awaited_member_machine {
  awaited_member_machine() {}
  ~awaited_member_machine() { destroy_live(); }

  // Built in its heap box from the start: a default argument's temporary kept
  // in the machine is passed by reference to a call that may keep the reference
  // (line 109).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Pt temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> awaited_member() {
  return asl::start<awaited_member_machine>();
}

inline void awaited_member_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Pt{10};
      // co_await reader.read() (line 109)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{reader.read(temporary0_)};
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

// The state machine of awaited_call_operator(), line 110. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct awaited_call_operator_machine {
  awaited_call_operator_machine() {}
  ~awaited_call_operator_machine() { destroy_live(); }

  // Built in its heap box from the start: a default argument's temporary kept
  // in the machine is passed by reference to a call that may keep the reference
  // (line 111).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Pt temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> awaited_call_operator() {
  return asl::start<awaited_call_operator_machine>();
}

inline void awaited_call_operator_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Pt{11};
      // co_await reader() (line 111)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{reader(temporary0_)};
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

// The state machine of awaited_static(), line 113. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct awaited_static_machine {
  awaited_static_machine() {}
  ~awaited_static_machine() { destroy_live(); }

  // Built in its heap box from the start: a default argument's temporary kept
  // in the machine is passed by reference to a call that may keep the reference
  // (line 114).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Pt temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> awaited_static() {
  return asl::start<awaited_static_machine>();
}

inline void awaited_static_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Pt{12};
      // co_await Reader::read_static() (line 114)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{Reader::read_static(temporary0_)};
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

template <class T> struct awaited_template_machine;

template <class T> ASL_ASYNC asl::Task<int> awaited_template() {
  return asl::start<awaited_template_machine<T>>();
}

static auto read_lambda = [](const Pt &p = Pt{14}) -> asl::Task<int> {
  // The state machine of the lambda, line 119. state_ is -1 while it runs, N
  // while it is suspended at co_await N, -2 once it has finished.
  struct lambda_machine {
    explicit lambda_machine(const Pt &p) : p(p) {}
    ~lambda_machine() { destroy_live(); }

    // Starts on the caller's stack and moves to the heap at its first
    // suspension if all of these may move bytewise (see asl::is_relocatable)
    // and if the await every call begins with may complete at once (see
    // asl::is_usually_suspending).
    using relocatable =
        std::bool_constant<asl::relocatable<asl::task_awaiter<int>> &&
                           !asl::usually_suspends<asl::task_awaiter<int>>>;

    asl::task_builder<int> builder_;
    const Pt &p;
    union {
      asl::task_awaiter<int> awaiter0_;
    };
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
          // co_await later(0) (line 120)
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

          builder_.set_result(p.v + 100);
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

  return asl::start<lambda_machine>(p);
};
// The state machine of awaited_in_lambda(), line 123. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct awaited_in_lambda_machine {
  awaited_in_lambda_machine() {}
  ~awaited_in_lambda_machine() { destroy_live(); }

  // Built in its heap box from the start: a default argument's temporary kept
  // in the machine is passed by reference to a call that may keep the reference
  // (line 124).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Pt temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> awaited_in_lambda() {
  return asl::start<awaited_in_lambda_machine>();
}

inline void awaited_in_lambda_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Pt{14};
      // co_await read_lambda() (line 124)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{read_lambda(temporary0_)};
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

// The state machine of list_by_value(), line 126. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct list_by_value_machine {
  list_by_value_machine() {}
  ~list_by_value_machine() { destroy_live(); }

  // Built in its heap box from the start: a braced list of a default argument
  // passed as an std::initializer_list (line 126) points to its array in the
  // machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int temporary0_[2];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> list_by_value() {
  return asl::start<list_by_value_machine>();
}

inline void list_by_value_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) int[2]{1, 2};
      // co_await sum() (line 126)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{sum(asl::detail::list_over(temporary0_, 2))};
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

// The state machine of list_by_reference(), line 127. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct list_by_reference_machine {
  list_by_reference_machine() {}
  ~list_by_reference_machine() { destroy_live(); }

  // Built in its heap box from the start: a braced list of a default argument
  // passed as an std::initializer_list (line 127) points to its array in the
  // machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::initializer_list<int> temporary1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int temporary0_[2];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> list_by_reference() {
  return asl::start<list_by_reference_machine>();
}

inline void list_by_reference_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) int[2]{3, 4};
      asl::detail::init_list_copy(
          asl::place(temporary1_),
          std::initializer_list<int>(asl::detail::list_over(temporary0_, 2)));
      // co_await sum_ref() (line 127)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{sum_ref(temporary1_)};
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

// The state machine of list_in_class(), line 128. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct list_in_class_machine {
  list_in_class_machine() {}
  ~list_in_class_machine() { destroy_live(); }

  // Built in its heap box from the start: a braced list of a default argument
  // passed as an std::initializer_list (line 128) points to its array in the
  // machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int temporary0_[2];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> list_in_class() {
  return asl::start<list_in_class_machine>();
}

inline void list_in_class_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) int[2]{7, 8};
      // co_await sum_bag() (line 128)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          sum_bag((asl::detail::list_over(temporary0_, 2)))};
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

__attribute__((noinline)) static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
}

// Starts the task, writes over the stack the machine started on, then
// lets every suspended await resume.
static void run(const char *name, asl::Task<int> (*f)()) {
  ready.reset();
  asl::Task<int> t = f();
  scribble();
  ready.set();
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

int main() {
  run("awaited_class", awaited_class);
  run("awaited_scalar", awaited_scalar);
  run("awaited_braced", awaited_braced);
  run("awaited_made", awaited_made);
  run("kept_default", kept_default);
  run("awaited_member", awaited_member);
  run("awaited_call_operator", awaited_call_operator);
  run("awaited_static", awaited_static);
  run("awaited_template", awaited_template<Pt>);
  run("awaited_in_lambda", awaited_in_lambda);
  run("list_by_value", list_by_value);
  run("list_by_reference", list_by_reference);
  run("list_in_class", list_in_class);
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of read_t<Pt>(), line 67. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct read_t_machine<Pt> {
  // The template's parameters, which the body names.
  using T = Pt;

  explicit read_t_machine(const Pt &p) : p(p) {}
  ~read_t_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  const Pt &p;
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

inline void read_t_machine<Pt>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(0) (line 68)
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

      builder_.set_result(p.v + 100);
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

// The state machine of awaited_template<Pt>(), line 116. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct awaited_template_machine<Pt> {
  // The template's parameters, which the body names.
  using T = Pt;

  awaited_template_machine() {}
  ~awaited_template_machine() { destroy_live(); }

  // Built in its heap box from the start: a default argument's temporary kept
  // in the machine is passed by reference to a call that may keep the reference
  // (line 117).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Pt temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void awaited_template_machine<Pt>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Pt{13};
      // co_await read_t<T>() (line 117)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{read_t<T>(temporary0_)};
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
