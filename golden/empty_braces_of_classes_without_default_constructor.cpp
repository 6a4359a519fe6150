// Empty braces of classes whose implicit default constructor is deleted
// while their aggregate initialization from `{}` is valid: a union whose
// first member has a default member initializer or a constructor (so a
// non-trivial default constructor), a struct holding such a union (after
// another member, in a base) or an anonymous one, a struct with a const
// member, and such a union built as a member of an aggregate that awaits.
// Each lives across an await. g++ 12 rejects a new-expression of the empty
// list (`::new (p) U{}`, "use of deleted function"), and for a union
// leaves its first member unconstructed even in a declaration; so the
// machine spells the list down to each union's first member (`U{{}}`,
// which means the same), or, for the const member, builds the class from
// its prvalue `Fixed{}`, which C++17 materializes in place.
#include <asl/task.h>

#include <cstdio>

asl::Event ready(true);

// The state machine of later(), line 19. state_ is -1 while it runs, N while it
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
      // co_await ready (line 20)
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

struct Self {
  int v = 1;
};

union U {
  Self s;
  int i;
};

struct Holder {
  int k;
  U u;
};

struct Loud {
  Loud() { std::puts("loud made"); }
  int v = 3;
};

union L {
  Loud loud;
  int i;
};

struct Derived : Holder {
  int extra = 5;
};

struct Anonymous {
  union {
    Self s;
    long l;
  };
  int k;
};

struct Fixed {
  const int c;
  int k;
};

struct Pair {
  U u;
  int k;
};

// The state machine of union_local(), line 70. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct union_local_machine {
  union_local_machine() {}
  ~union_local_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<U, asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    U u;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> union_local() {
  return asl::start<union_local_machine>();
}

inline void union_local_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(u)) U{{}};

      // co_await later(0) (line 72)
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

      u.s.v += 100;
      builder_.set_result(u.s.v);
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

// The state machine of holder_local(), line 77. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct holder_local_machine {
  holder_local_machine() {}
  ~holder_local_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Holder, asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    Holder h;
  };
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

ASL_ASYNC asl::Task<int> holder_local() {
  return asl::start<holder_local_machine>();
}

inline void holder_local_machine::move_next() {
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
      ::new (asl::place(h)) Holder{{}, {{}}};

      // co_await later(0) (line 79)
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

      // co_await later(20) (line 80)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{later(20)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      h.k = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(h.u.s.v + h.k);
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

// The state machine of loud_local(), line 84. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct loud_local_machine {
  loud_local_machine() {}
  ~loud_local_machine() { destroy_live(); }

  // Built in its heap box from the start: a constructor of 'Loud' may keep the
  // address of 'l' at line 85.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    L l;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> loud_local() {
  return asl::start<loud_local_machine>();
}

inline void loud_local_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(l)) L{{}};

      // co_await later(0) (line 86)
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

      builder_.set_result(l.loud.v);
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

// The state machine of derived_local(), line 90. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct derived_local_machine {
  derived_local_machine() {}
  ~derived_local_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'd' may be kept (line
  // 93).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Derived d;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> derived_local() {
  return asl::start<derived_local_machine>();
}

inline void derived_local_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(d)) Derived{{{}, {{}}}};

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

      builder_.set_result(d.u.s.v + d.extra);
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

// The state machine of anonymous_local(), line 96. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct anonymous_local_machine {
  anonymous_local_machine() {}
  ~anonymous_local_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Anonymous, asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    Anonymous a;
  };
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

ASL_ASYNC asl::Task<int> anonymous_local() {
  return asl::start<anonymous_local_machine>();
}

inline void anonymous_local_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(a)) Anonymous{{{}}, {}};

      // co_await later(0) (line 98)
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

      builder_.set_result(a.s.v + a.k + 30);
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

// The state machine of fixed_local(), line 102. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct fixed_local_machine {
  fixed_local_machine() {}
  ~fixed_local_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Fixed, asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Fixed f;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> fixed_local() {
  return asl::start<fixed_local_machine>();
}

inline void fixed_local_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(f)) Fixed(Fixed{});

      // co_await later(0) (line 104)
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

      builder_.set_result(f.c + f.k + 40);
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

// The state machine of member_built_in_place(), line 108. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct member_built_in_place_machine {
  member_built_in_place_machine() {}
  ~member_built_in_place_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Pair, asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    Pair p;
  };
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

ASL_ASYNC asl::Task<int> member_built_in_place() {
  return asl::start<member_built_in_place_machine>();
}

inline void member_built_in_place_machine::move_next() {
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
      p.u.s.v = 1;
      // co_await later(50) (line 109)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(50)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      p.k = awaiter0_.await_resume();

      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await later(0) (line 110)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{later(0)};
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

      builder_.set_result(p.u.s.v + p.k);
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
  std::printf("union %d\n", asl::sync_wait(union_local()));
  std::printf("holder %d\n", asl::sync_wait(holder_local()));
  std::printf("loud %d\n", asl::sync_wait(loud_local()));
  std::printf("derived %d\n", asl::sync_wait(derived_local()));
  std::printf("anonymous %d\n", asl::sync_wait(anonymous_local()));
  std::printf("fixed %d\n", asl::sync_wait(fixed_local()));
  std::printf("member %d\n", asl::sync_wait(member_built_in_place()));
}
