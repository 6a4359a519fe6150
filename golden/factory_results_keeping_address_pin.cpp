// An object the machine holds that a function of the program's makes in
// place: a lifted local, an awaiter or a saved value initialized by a
// call returning a class by value. Its result object is the machine's
// field, and so is the factory's named return value, which clang and g++
// build there (NRVO) when the class is returned in memory: a factory that
// lets that object's address go (`keep(&b);`, a member function keeping
// `this`) leaves it pointing into the machine, which must not move then.
// So such a factory pins the machine, also reached through a conversion
// function, a braced aggregate's member, a `?:`, or a factory returning
// another's result, or for a temporary a reference extends. A factory
// that only reads and writes its object's members does not pin. (NRVO is
// not guaranteed, but no compiler we build with differs.) The stack is
// written over before each resumption.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>

static std::deque<std::function<void()>> resumers;

// Suspends until pump() resumes it.
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return 0; }
};

static int scribbled = 0;

// Writes over the stack below its caller, where a machine that started on
// the stack and moved left its dead copy, then resumes what waits from
// below that region, which no later call writes again.
__attribute__((noinline)) static void pump() {
  volatile char junk[16384];
  for (auto &c : junk)
    c = 0x55;
  while (!resumers.empty()) {
    std::function<void()> resume = std::move(resumers.front());
    resumers.pop_front();
    resume();
  }
  scribbled += junk[100];
}

// Returned in memory (40 bytes): NRVO builds a named return value in the
// caller's object.
struct Big {
  int v;
  int pad[9];
  void enlist();
};
static const Big *g_big = nullptr;
void Big::enlist() { g_big = this; }
__attribute__((noinline)) static void keep(const Big *b) { g_big = b; }

static Big make_named(int v) {
  Big b{v, {}};
  keep(&b);
  return b;
}
static Big make_enlisted(int v) {
  Big b{v, {}};
  b.enlist();
  return b;
}
static Big make_again(int v) { return make_named(v); }
static Big make_either(bool named, int v) {
  return named ? make_named(v) : make_enlisted(v);
}
// Only writes members: no pin.
static Big make_quiet(int v) {
  Big b{0, {}};
  b.v = v;
  return b;
}

struct Maker {
  int v;
  operator Big() const {
    Big b{v, {}};
    b.enlist();
    return b;
  }
};

struct Holder {
  int tag;
  Big big;
};

// The state machine of named_return_value(), line 94. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct named_return_value_machine {
  named_return_value_machine() {}
  ~named_return_value_machine() {}

  // Built in its heap box from the start: 'make_named' may keep the address of
  // what it makes, 'b' at line 95.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> named_return_value() {
  return asl::start<named_return_value_machine>();
}

inline void named_return_value_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) Big(make_named(1));

      // co_await Later{} (line 96)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of member_call(), line 101. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct member_call_machine {
  member_call_machine() {}
  ~member_call_machine() {}

  // Built in its heap box from the start: 'make_enlisted' may keep the address
  // of what it makes, 'b' at line 102.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> member_call() {
  return asl::start<member_call_machine>();
}

inline void member_call_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) Big(make_enlisted(2));

      // co_await Later{} (line 103)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of through_another_factory(), line 108. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct through_another_factory_machine {
  through_another_factory_machine() {}
  ~through_another_factory_machine() {}

  // Built in its heap box from the start: 'make_again' may keep the address of
  // what it makes, 'b' at line 109.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> through_another_factory() {
  return asl::start<through_another_factory_machine>();
}

inline void through_another_factory_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) Big(make_again(3));

      // co_await Later{} (line 110)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of either_factory(), line 115. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct either_factory_machine {
  either_factory_machine() {}
  ~either_factory_machine() {}

  // Built in its heap box from the start: 'make_either' may keep the address of
  // what it makes, 'b' at line 116.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> either_factory() {
  return asl::start<either_factory_machine>();
}

inline void either_factory_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) Big(make_either(false, 4));

      // co_await Later{} (line 117)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of conversion_function(), line 122. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct conversion_function_machine {
  conversion_function_machine() {}
  ~conversion_function_machine() {}

  // Built in its heap box from the start: 'operator Big' may keep the address
  // of what it makes, 'b' at line 123.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> conversion_function() {
  return asl::start<conversion_function_machine>();
}

inline void conversion_function_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) asl::copy_initialized<Big>{Maker{5}};

      // co_await Later{} (line 124)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of aggregate_member(), line 129. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct aggregate_member_machine {
  aggregate_member_machine() {}
  ~aggregate_member_machine() {}

  // Built in its heap box from the start: 'make_named' may keep the address of
  // what it makes, 'h' at line 130.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Holder h;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> aggregate_member() {
  return asl::start<aggregate_member_machine>();
}

inline void aggregate_member_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(h)) Holder{6, make_named(6)};

      // co_await Later{} (line 131)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      h.big.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of extended_temporary(), line 136. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct extended_temporary_machine {
  extended_temporary_machine() {}
  ~extended_temporary_machine() {}

  // Built in its heap box from the start: 'make_named' may keep the address of
  // what it makes, 'b' at line 137.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> extended_temporary() {
  return asl::start<extended_temporary_machine>();
}

inline void extended_temporary_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) const Big(make_named(7));

      // co_await Later{} (line 138)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(g_big->v + b.v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// In a function template.
template <class T> struct in_template_machine;

template <class T> ASL_ASYNC asl::Task<int> in_template(T v) {
  return asl::start<in_template_machine<T>>(v);
}

// Only members written: may start on the stack.
// The state machine of quiet(), line 151. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct quiet_machine {
  quiet_machine() {}
  ~quiet_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Big, Later> && !asl::usually_suspends<Later>;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> quiet() { return asl::start<quiet_machine>(); }

inline void quiet_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) Big(make_quiet(9));

      // co_await Later{} (line 153)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(b.v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// Starts a task in a frame below run()'s, which pump() then writes over.
__attribute__((noinline)) static asl::Task<int>
start(asl::Task<int> (*make)()) {
  return make();
}

static void run(const char *name, asl::Task<int> (*make)()) {
  asl::Task<int> t = start(make);
  pump();
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

int main() {
  run("named_return_value", named_return_value);
  run("member_call", member_call);
  run("through_another_factory", through_another_factory);
  run("either_factory", either_factory);
  run("conversion_function", conversion_function);
  run("aggregate_member", aggregate_member);
  run("extended_temporary", extended_temporary);
  run("in_template", [] { return in_template(8); });
  run("quiet", quiet);
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of in_template<int>(), line 143. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct in_template_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit in_template_machine(int &v) : v(std::move(v)) {}
  ~in_template_machine() {}

  // Built in its heap box from the start: 'make_named' may keep the address of
  // what it makes, 'b' at line 144.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int v;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline void in_template_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) Big(make_named(static_cast<int>(v)));

      // co_await Later{} (line 145)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
