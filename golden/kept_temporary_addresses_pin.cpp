// A temporary kept in the machine to the end of its full-expression, past
// an await, whose address a call may keep: an async member called on it
// (its task holds `this`), a member returning an awaiter that points at it,
// a member function or a function returning a pointer or a reference into
// it, an async function given it by reference, also through a base.
// Natively the coroutine frame never moves; the machine may start on the
// caller's stack and move to the heap at its first suspension, so such a
// temporary pins it in its heap box from the start. run() writes over the
// stack the machines started on before resuming them, so a pointer left to
// the old place would show.
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <functional>

static std::deque<asl::Event *> waiting;

// The state machine of later(), line 18. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  explicit later_machine(int &v) : v(std::move(v)) {}
  ~later_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'e' may be kept (line
  // 20).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::Event e;
  };
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
      ::new (asl::place(e)) asl::Event;

      waiting.push_back(&e);
      // co_await e (line 21)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(e));
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

struct Base {
  int x;
  const int *where() const { return &x; }
};
struct P : Base {
  struct get_machine;
  ASL_ASYNC asl::Task<int> get() const;
  const int &ref() const { return x; }
};

// The state machine of P::get(), line 30. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct P::get_machine {
  explicit get_machine(const P *this_) : this_(this_) {}
  ~get_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  const P *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int spill0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<int> P::get() const { return asl::start<get_machine>(this); }

inline void P::get_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    { // co_await later(1) (line 30)
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
      spill0_ = awaiter0_.await_resume();
      builder_.set_result(spill0_ + this_->x);
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

// An operation whose awaiter points back at it (`co_await
// Delay{5}.wait()`), both trivially copyable; run() resumes it.
static std::deque<std::function<void()>> resumers;
struct Delay {
  int ms;
  struct Awaiter {
    const Delay *op;
    bool await_ready() const noexcept { return false; }
    template <class H> void await_suspend(H h) {
      resumers.push_back([h] { h.resume(); });
    }
    int await_resume() const noexcept { return op->ms; }
  };
  Awaiter wait() const { return Awaiter{this}; }
};

const int &id_ref(const P &p) { return p.x; }
int add(const int *a, int b) { return *a + b; }
int add_ref(const int &a, int b) { return a + b; }

// The state machine of by_ref(), line 54. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct by_ref_machine {
  explicit by_ref_machine(const Base &b) : b(b) {}
  ~by_ref_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  const Base &b;
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

ASL_ASYNC asl::Task<int> by_ref(const Base &b) {
  return asl::start<by_ref_machine>(b);
}

inline void by_ref_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(2) (line 55)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(2)};
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

      builder_.set_result(b.x);
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

// The state machine of member_task(), line 59. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct member_task_machine {
  member_task_machine() {}
  ~member_task_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 59).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    P temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> member_task() {
  return asl::start<member_task_machine>();
}

inline void member_task_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) P(P{{5}});
      // co_await P{{5}}.get() (line 59)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{std::move(temporary0_).get()};
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

// The state machine of base_member_task(), line 61. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct base_member_task_machine {
  base_member_task_machine() {}
  ~base_member_task_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 62).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    P temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> base_member_task() {
  return asl::start<base_member_task_machine>();
}

inline void base_member_task_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) P(P{{7}});
      // co_await by_ref(P{{7}}) (line 62)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{by_ref(temporary0_)};
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

// The state machine of pointer_into_temporary(), line 65. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct pointer_into_temporary_machine {
  pointer_into_temporary_machine() {}
  ~pointer_into_temporary_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 66).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const int *spill1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    P temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> pointer_into_temporary() {
  return asl::start<pointer_into_temporary_machine>();
}

inline void pointer_into_temporary_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) P(P{{11}});
      spill1_ = std::move(temporary0_).where();
      // co_await later(3) (line 66)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(3)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(add(spill1_, awaiter0_.await_resume()));
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

// The state machine of reference_into_temporary(), line 69. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct reference_into_temporary_machine {
  reference_into_temporary_machine() {}
  ~reference_into_temporary_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 70).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const int *spill1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    P temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> reference_into_temporary() {
  return asl::start<reference_into_temporary_machine>();
}

inline void reference_into_temporary_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) P(P{{13}});
      spill1_ = std::addressof(std::move(temporary0_).ref());
      // co_await later(4) (line 70)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(4)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(add_ref((*spill1_), awaiter0_.await_resume()));
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

// The state machine of reference_returned_by_function(), line 73. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
struct reference_returned_by_function_machine {
  reference_returned_by_function_machine() {}
  ~reference_returned_by_function_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 74).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const int *spill1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    P temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> reference_returned_by_function() {
  return asl::start<reference_returned_by_function_machine>();
}

inline void reference_returned_by_function_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) P(P{{17}});
      spill1_ = std::addressof(id_ref(temporary0_));
      // co_await later(5) (line 74)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(5)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(add_ref((*spill1_), awaiter0_.await_resume()));
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

// The state machine of awaiter_holding_temporary(), line 77. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct awaiter_holding_temporary_machine {
  awaiter_holding_temporary_machine() {}
  ~awaiter_holding_temporary_machine() {}

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 78).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Delay::Awaiter awaiter0_;
  };
  union {
    Delay temporary0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> awaiter_holding_temporary() {
  return asl::start<awaiter_holding_temporary_machine>();
}

inline void awaiter_holding_temporary_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Delay(Delay{23});
      // co_await Delay{23}.wait() (line 78)
      ::new (asl::place(awaiter0_))
          Delay::Awaiter(std::move(temporary0_).wait());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// Read in place: nothing keeps the address, so no pin is needed.
// The state machine of member_read(), line 82. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct member_read_machine {
  member_read_machine() {}
  ~member_read_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 83).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const int *spill1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    P temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> member_read() {
  return asl::start<member_read_machine>();
}

inline void member_read_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) P(P{{19}});
      spill1_ = asl::bound_address(std::move(temporary0_).x);
      // co_await later(6) (line 83)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(6)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(
          add_ref(std::move(*spill1_), awaiter0_.await_resume()));
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

static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
}

// The machine starts in the frame of make(), below run's, where scribble()
// then writes.
static void run(const char *name, asl::Task<int> (*make)()) {
  asl::Task<int> t = make();
  scribble();
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      std::function<void()> resume = std::move(resumers.front());
      resumers.pop_front();
      resume();
    }
    scribble();
  }
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

int main() {
  run("member_task", member_task);
  run("base_member_task", base_member_task);
  run("pointer_into_temporary", pointer_into_temporary);
  run("reference_into_temporary", reference_into_temporary);
  run("reference_returned_by_function", reference_returned_by_function);
  run("awaiter_holding_temporary", awaiter_holding_temporary);
  run("member_read", member_read);
}
