// The order in which a task's objects are built and destroyed around its
// completion, as a native coroutine orders them: the co_return operand (a
// local, a temporary, a parameter, a member, a conditional, an await's
// result) is moved or copied into the task's result, then the body's
// locals die, then the awaiter resumes and takes the result; the result
// the task stored dies with the task, and only then the parameters' copies
// (a native frame destroys its promise first). Also for a parameter whose
// type may move bytewise (a machine that may finish on the caller's stack),
// for a task destroyed without being awaited, suspended or finished, and
// for a body that throws.
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>
#include <utility>

int serial = 0;

struct N {
  const char *name;
  int id = ++serial;
  bool moved = false;
  explicit N(const char *n) : name(n) {
    std::printf("    make %s#%d\n", name, id);
  }
  N(const N &o) : name(o.name) {
    std::printf("    copy %s#%d from #%d\n", name, id, o.id);
  }
  N(N &&o) noexcept : name(o.name) {
    o.moved = true;
    std::printf("    move %s#%d from #%d\n", name, id, o.id);
  }
  ~N() {
    std::printf("    drop %s#%d%s\n", name, id, moved ? " (moved-from)" : "");
  }
};

// A parameter type. The argument's own object (the caller's parameter
// object, which a compiler may build in either order and which a lowered
// awaited call destroys before it suspends: docs/design.md) prints nothing;
// what the task does with its copy does.
struct Arg {
  const char *name;
  int stage = 0;
  int id = 0;
  explicit Arg(const char *n) : name(n), id(++serial) {
    std::printf("    make %s#%d\n", name, id);
  }
  Arg(Arg &&o) noexcept : name(o.name), stage(o.stage + 1) {
    if (stage != 1) {
      id = ++serial;
      std::printf("    move %s#%d\n", name, id);
    }
  }
  ~Arg() {
    if (stage != 1)
      std::printf("    drop %s#%d\n", name, id);
  }
};

// The same, declared relocatable: a machine with only such fields may
// start on the caller's stack.
struct Token {
  const char *name;
  int stage = 0;
  int id = 0;
  explicit Token(const char *n) : name(n), id(++serial) {
    std::printf("    make %s#%d\n", name, id);
  }
  Token(Token &&o) noexcept : name(o.name), stage(o.stage + 1) {
    if (stage != 1) {
      id = ++serial;
      std::printf("    move %s#%d\n", name, id);
    }
  }
  ~Token() {
    if (stage != 1)
      std::printf("    drop %s#%d\n", name, id);
  }
};
template <> struct asl::is_relocatable<Token> : std::true_type {};

struct Aw {
  N tag{"awaiter"};
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) noexcept {}
  N await_resume() { return N("resumed"); }
};

asl::Event gate;

// Waits for the gate when asked to, so that each function is checked both
// finishing at once and finishing after a suspension.
#define MAYBE_WAIT(wait)                                                       \
  if (wait) {                                                                  \
    co_await gate;                                                             \
    gate.reset();                                                              \
  }

// The state machine of ret_local(), line 100. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct ret_local_machine {
  explicit ret_local_machine(bool &wait) : wait(std::move(wait)) {}
  ~ret_local_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<N, asl::event_awaiter, bool>;

  asl::task_builder<N> builder_;
  union {
    N loc;
  };
  union {
    N other;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  bool wait;
  int state_ = -1;
  bool loc_live_ = false;
  bool other_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(other, other_live_);
    asl::destroy(loc, loc_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<N> ret_local(bool wait) {
  return asl::start<ret_local_machine>(wait);
}

inline void ret_local_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(loc)) N("local");
      loc_live_ = true;

      ::new (asl::place(other)) N("other");
      other_live_ = true;

      /* MAYBE_WAIT(...) expanded: it awaits */ if (wait) { // co_await gate
                                                            // (line 103)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(gate));
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
        gate.reset();
      }
      builder_.set_result(std::move(loc));
      asl::destroy(other, other_live_);
      asl::destroy(loc, loc_live_);
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

// The state machine of ret_temp(), line 107. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct ret_temp_machine {
  explicit ret_temp_machine(bool &wait) : wait(std::move(wait)) {}
  ~ret_temp_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<N, asl::event_awaiter, bool>;

  asl::task_builder<N> builder_;
  union {
    N loc;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  bool wait;
  int state_ = -1;
  bool loc_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(loc, loc_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<N> ret_temp(bool wait) {
  return asl::start<ret_temp_machine>(wait);
}

inline void ret_temp_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(loc)) N("local");
      loc_live_ = true;

      /* MAYBE_WAIT(...) expanded: it awaits */ if (wait) { // co_await gate
                                                            // (line 109)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(gate));
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
        gate.reset();
      }
      builder_.set_result(N("temp"));
      asl::destroy(loc, loc_live_);
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

// The state machine of ret_param(), line 113. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct ret_param_machine {
  ret_param_machine(N &p, bool &wait)
      : p(std::move(p)), wait(std::move(wait)) {}
  ~ret_param_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<N, asl::event_awaiter, asl::parameter_copy<N>, bool>;

  asl::task_builder<N> builder_;
  N p;
  union {
    N loc;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  bool wait;
  int state_ = -1;
  bool loc_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(loc, loc_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<N> ret_param(N p, bool wait) {
  return asl::start<ret_param_machine>(p, wait);
}

inline void ret_param_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(loc)) N("local");
      loc_live_ = true;

      /* MAYBE_WAIT(...) expanded: it awaits */ if (wait) { // co_await gate
                                                            // (line 115)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(gate));
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
        gate.reset();
      }
      builder_.set_result(std::move(p));
      asl::destroy(loc, loc_live_);
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

// The state machine of take_args(), line 119. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct take_args_machine {
  take_args_machine(Arg &a, Arg &b, bool &wait)
      : a(std::move(a)), b(std::move(b)), wait(std::move(wait)) {}
  ~take_args_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<N, asl::event_awaiter, asl::parameter_copy<Arg>, bool>;

  asl::task_builder<int> builder_;
  Arg a;
  Arg b;
  union {
    N loc;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  bool wait;
  int state_ = -1;
  bool loc_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(loc, loc_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> take_args(Arg a, Arg b, bool wait) {
  return asl::start<take_args_machine>(a, b, wait);
}

inline void take_args_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(loc)) N("local");
      loc_live_ = true;

      /* MAYBE_WAIT(...) expanded: it awaits */ if (wait) { // co_await gate
                                                            // (line 121)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(gate));
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
        gate.reset();
      }
      std::printf("    body end %s %s\n", a.name, b.name);
      builder_.set_result(1);
      asl::destroy(loc, loc_live_);
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

// Its machine's fields all may move bytewise: it starts on the stack.
// The state machine of take_token(), line 127. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct take_token_machine {
  take_token_machine(Token &t, bool &wait)
      : t(std::move(t)), wait(std::move(wait)) {}
  ~take_token_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::parameter_copy<Token>, bool>;

  asl::task_builder<N> builder_;
  Token t;
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

ASL_ASYNC asl::Task<N> take_token(Token t, bool wait) {
  return asl::start<take_token_machine>(t, wait);
}

inline void take_token_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      /* MAYBE_WAIT(...) expanded: it awaits */ if (wait) { // co_await gate
                                                            // (line 128)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(gate));
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
        gate.reset();
      }
      N loc("local");
      builder_.set_result(N(t.name));
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

struct Holder {
  N m{"member"};
  struct ret_member_machine;
  ASL_ASYNC asl::Task<N> ret_member(bool wait);
};

// The state machine of Holder::ret_member(), line 135. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct Holder::ret_member_machine {
  ret_member_machine(Holder *this_, bool &wait)
      : this_(this_), wait(std::move(wait)) {}
  ~ret_member_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, bool>;

  asl::task_builder<N> builder_;
  Holder *this_;
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

inline asl::Task<N> Holder::ret_member(bool wait) {
  return asl::start<ret_member_machine>(this, wait);
}

inline void Holder::ret_member_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      /* MAYBE_WAIT(...) expanded: it awaits */ if (wait) { // co_await gate
                                                            // (line 136)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(gate));
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
        gate.reset();
      }
      builder_.set_result(this_->m);
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

// The state machine of ret_cond(), line 141. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct ret_cond_machine {
  ret_cond_machine(bool &c, bool &wait)
      : c(std::move(c)), wait(std::move(wait)) {}
  ~ret_cond_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'a' may be kept (line
  // 145).
  static constexpr bool relocatable = false;

  asl::task_builder<N> builder_;
  union {
    N a;
  };
  union {
    N b;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  bool c;
  bool wait;
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<N> ret_cond(bool c, bool wait) {
  return asl::start<ret_cond_machine>(c, wait);
}

inline void ret_cond_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(a)) N("a");
      a_live_ = true;

      ::new (asl::place(b)) N("b");
      b_live_ = true;

      /* MAYBE_WAIT(...) expanded: it awaits */ if (wait) { // co_await gate
                                                            // (line 144)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(gate));
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
        gate.reset();
      }
      builder_.set_result(c ? a : b);
      asl::destroy(b, b_live_);
      asl::destroy(a, a_live_);
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

// The state machine of ret_awaited(), line 148. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct ret_awaited_machine {
  explicit ret_awaited_machine(bool &wait) : wait(std::move(wait)) {}
  ~ret_awaited_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Aw, N, asl::event_awaiter, bool>;

  asl::task_builder<N> builder_;
  union {
    N loc;
  };
  union {
    asl::event_awaiter awaiter0_;
    Aw awaiter1_;
  };
  bool wait;
  int state_ = -1;
  bool loc_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(loc, loc_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<N> ret_awaited(bool wait) {
  return asl::start<ret_awaited_machine>(wait);
}

inline void ret_awaited_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(loc)) N("local");
      loc_live_ = true;

      /* MAYBE_WAIT(...) expanded: it awaits */ if (wait) { // co_await gate
                                                            // (line 150)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(gate));
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
        gate.reset();
      }
      // co_await Aw{} (line 151)
      ::new (asl::place(awaiter1_)) Aw(Aw{});
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(loc, loc_live_);
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

// The state machine of throws(), line 154. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct throws_machine {
  throws_machine(Arg &a, bool &wait) : a(std::move(a)), wait(std::move(wait)) {}
  ~throws_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<N, asl::event_awaiter, asl::parameter_copy<Arg>, bool>;

  asl::task_builder<N> builder_;
  Arg a;
  union {
    N loc;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  bool wait;
  int state_ = -1;
  bool loc_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(loc, loc_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<N> throws(Arg a, bool wait) {
  return asl::start<throws_machine>(a, wait);
}

inline void throws_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(loc)) N("local");
      loc_live_ = true;

      /* MAYBE_WAIT(...) expanded: it awaits */ if (wait) { // co_await gate
                                                            // (line 156)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(gate));
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
        gate.reset();
      }
      if (a.name != nullptr)
        throw std::runtime_error("boom");
      builder_.set_result(N("never"));
      asl::destroy(loc, loc_live_);
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

// The state machine of caller(), line 162. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct caller_machine {
  explicit caller_machine(bool &wait) : wait(std::move(wait)) {}
  ~caller_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'a' may be kept (line
  // 178).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Arg a1;
  };
  union {
    Arg b;
  };
  union {
    Token t1;
  };
  union {
    N r1;
  };
  union {
    Holder h;
  };
  union {
    N r2;
  };
  union {
    Arg a2;
  };
  union {
    N r3;
  };
  union {
    asl::Task<N> t2;
  };
  union {
    N r4;
  };
  union {
    asl::task_awaiter<N> awaiter0_;
    asl::task_awaiter<N> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<N> awaiter3_;
    asl::task_awaiter<N> awaiter4_;
    asl::task_awaiter<N> awaiter5_;
    asl::task_awaiter<N> awaiter6_;
    asl::task_awaiter<N> awaiter7_;
    asl::task_awaiter<N> awaiter8_;
    asl::task_ref_awaiter<N> awaiter9_;
  };
  bool wait;
  int state_ = -1;
  bool a1_live_ = false;
  bool b_live_ = false;
  bool t1_live_ = false;
  bool r1_live_ = false;
  bool h_live_ = false;
  bool r2_live_ = false;
  bool a2_live_ = false;
  bool r3_live_ = false;
  bool t2_live_ = false;
  bool r4_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(r4, r4_live_);
    asl::destroy(t2, t2_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(r3, r3_live_);
    asl::destroy(a2, a2_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(r2, r2_live_);
    asl::destroy(h, h_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(r1, r1_live_);
    asl::destroy(t1, t1_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(b, b_live_);
    asl::destroy(a1, a1_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> caller(bool wait) {
  return asl::start<caller_machine>(wait);
}

inline void caller_machine::move_next() {
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
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto try0_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    default:
      break;
    }
    {
      std::printf("  co_await ret_local\n");
      {
        // co_await ret_local(wait) (line 165)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<N>{ret_local(wait)};
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
        N r = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        std::printf("    got %s#%d\n", r.name, r.id);
      }
      std::printf("  co_await ret_temp\n");
      {
        // co_await ret_temp(wait) (line 170)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<N>{ret_temp(wait)};
        awaiter1_live_ = true;
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          unwind_.release();
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        N r = awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);

        std::printf("    got %s#%d\n", r.name, r.id);
      }
      // Not ret_param: the argument's own object would die before the
      // suspension (docs/design.md, Known limits).
      std::printf("  co_await take_args\n");
      {
        ::new (asl::place(a1)) Arg("a");
        a1_live_ = true;
        ::new (asl::place(b)) Arg("b");
        b_live_ = true;

        // co_await take_args(std::move(a), std::move(b), wait) (line 178)
        ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{
            take_args(std::move(a1), std::move(b), wait)};
        awaiter2_live_ = true;
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          unwind_.release();
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        int r = awaiter2_.await_resume();
        asl::destroy(awaiter2_, awaiter2_live_);

        std::printf("    got %d\n", r);
        asl::destroy(b, b_live_);
        asl::destroy(a1, a1_live_);
      }
      std::printf("  co_await take_token\n");
      {
        ::new (asl::place(t1)) Token("token");
        t1_live_ = true;

        // co_await take_token(std::move(t), wait) (line 184)
        ::new (asl::place(awaiter3_))
            asl::task_awaiter<N>{take_token(std::move(t1), wait)};
        awaiter3_live_ = true;
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          unwind_.release();
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(r1)) N(awaiter3_.await_resume());
        r1_live_ = true;
        asl::destroy(awaiter3_, awaiter3_live_);

        std::printf("    got %s#%d\n", r1.name, r1.id);
        asl::destroy(r1, r1_live_);
        asl::destroy(t1, t1_live_);
      }
      std::printf("  co_await ret_member\n");
      {
        ::new (asl::place(h)) Holder;
        h_live_ = true;

        // co_await h.ret_member(wait) (line 190)
        ::new (asl::place(awaiter4_)) asl::task_awaiter<N>{h.ret_member(wait)};
        awaiter4_live_ = true;
        if (!awaiter4_.await_ready()) {
          state_ = 4;
          builder_.await_on_completed(awaiter4_, *this);
          unwind_.release();
          return;
        resume4_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(r2)) N(awaiter4_.await_resume());
        r2_live_ = true;
        asl::destroy(awaiter4_, awaiter4_live_);

        std::printf("    got %s#%d\n", r2.name, r2.id);
        asl::destroy(r2, r2_live_);
        asl::destroy(h, h_live_);
      }
      std::printf("  co_await ret_cond\n");
      {
        // co_await ret_cond(false, wait) (line 195)
        ::new (asl::place(awaiter5_))
            asl::task_awaiter<N>{ret_cond(false, wait)};
        awaiter5_live_ = true;
        if (!awaiter5_.await_ready()) {
          state_ = 5;
          builder_.await_on_completed(awaiter5_, *this);
          unwind_.release();
          return;
        resume5_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        N r = awaiter5_.await_resume();
        asl::destroy(awaiter5_, awaiter5_live_);

        std::printf("    got %s#%d\n", r.name, r.id);
      }
      std::printf("  co_await ret_awaited\n");
      {
        // co_await ret_awaited(wait) (line 200)
        ::new (asl::place(awaiter6_)) asl::task_awaiter<N>{ret_awaited(wait)};
        awaiter6_live_ = true;
        if (!awaiter6_.await_ready()) {
          state_ = 6;
          builder_.await_on_completed(awaiter6_, *this);
          unwind_.release();
          return;
        resume6_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        N r = awaiter6_.await_resume();
        asl::destroy(awaiter6_, awaiter6_live_);

        std::printf("    got %s#%d\n", r.name, r.id);
      }
      std::printf("  co_await throws\n");
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter7_, awaiter7_live_);
          asl::destroy(r3, r3_live_);
          asl::destroy(a2, a2_live_);
        });
        switch (state_) {
        case 7:
          goto resume7_;
        default:
          break;
        }

        ::new (asl::place(a2)) Arg("a");
        a2_live_ = true;

        // co_await throws(std::move(a), wait) (line 206)
        ::new (asl::place(awaiter7_))
            asl::task_awaiter<N>{throws(std::move(a2), wait)};
        awaiter7_live_ = true;
        if (!awaiter7_.await_ready()) {
          state_ = 7;
          builder_.await_on_completed(awaiter7_, *this);
          unwind_.release();
          return;
        resume7_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(r3)) N(awaiter7_.await_resume());
        r3_live_ = true;
        asl::destroy(awaiter7_, awaiter7_live_);

        asl::destroy(r3, r3_live_);
        asl::destroy(a2, a2_live_);
      } catch (std::exception &e) {
        std::printf("    caught %s\n", e.what());
      }
      std::printf("  co_await ret_local, result discarded\n");
      // co_await ret_local(wait) (line 211)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<N>{ret_local(wait)};
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter8_.await_resume();
      asl::destroy(awaiter8_, awaiter8_live_);

      std::printf("  co_await a task variable\n");
      {
        ::new (asl::place(t2)) asl::Task<N>(ret_local(wait));
        t2_live_ = true;

        std::printf("    started\n");
        // co_await t (line 216)
        ::new (asl::place(awaiter9_))
            asl::task_ref_awaiter<N>(asl::get_awaiter(t2));
        if (!awaiter9_.await_ready()) {
          state_ = 9;
          builder_.await_on_completed(awaiter9_, *this);
          unwind_.release();
          return;
        resume9_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(r4)) N(awaiter9_.await_resume());
        r4_live_ = true;

        std::printf("    got %s#%d\n", r4.name, r4.id);
        asl::destroy(r4, r4_live_);
        asl::destroy(t2, t2_live_);
      }
      std::printf("  end of caller\n");
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

void open_gate() {
  gate.set();
  gate.reset();
}

int main() {
  std::printf("== sync_wait\n");
  {
    N r = asl::sync_wait(ret_local(false));
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  {
    N p("param");
    N r = asl::sync_wait(ret_param(std::move(p), false));
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  {
    Arg a("a"), b("b");
    int r = asl::sync_wait(take_args(std::move(a), std::move(b), false));
    std::printf("    got %d\n", r);
  }
  {
    Token t("token");
    N r = asl::sync_wait(take_token(std::move(t), false));
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  for (int wait = 0; wait < 2; ++wait) {
    std::printf("== caller, wait %d\n", wait);
    asl::Task<int> t = caller(wait != 0);
    while (!t.is_ready())
      open_gate();
    std::printf("  result %d\n", asl::sync_wait(std::move(t)));
  }
  std::printf("== not awaited, finished at once\n");
  {
    N p("param");
    asl::Task<N> t = ret_param(std::move(p), false);
    std::printf("    dropping the task\n");
  }
  {
    Token k("token");
    asl::Task<N> t = take_token(std::move(k), false);
    std::printf("    dropping the task\n");
  }
  std::printf("== not awaited, discarded\n");
  static_cast<void>(ret_local(false));
  std::printf("== not awaited, suspended\n");
  {
    Arg a("a"), b("b");
    asl::Task<int> t = take_args(std::move(a), std::move(b), true);
    std::printf("    dropping the task\n");
  }
  {
    Token k("token");
    asl::Task<N> t = take_token(std::move(k), true);
    std::printf("    dropping the task\n");
  }
  std::printf("== not awaited, finished after suspending\n");
  {
    N p("param");
    asl::Task<N> t = ret_param(std::move(p), true);
    open_gate();
    std::printf("    dropping the task\n");
  }
  std::printf("== sync_wait after suspending\n");
  {
    Arg a("a"), b("b");
    asl::Task<int> t = take_args(std::move(a), std::move(b), true);
    open_gate();
    std::printf("    waiting\n");
    int r = asl::sync_wait(std::move(t));
    std::printf("    got %d\n", r);
  }
  {
    Token k("token");
    asl::Task<N> t = take_token(std::move(k), true);
    open_gate();
    N r = asl::sync_wait(std::move(t));
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  std::printf("== end\n");
}
