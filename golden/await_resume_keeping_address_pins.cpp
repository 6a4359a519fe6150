// An awaiter that completes at once runs await_resume() while the machine
// may still be on the caller's stack, and stays in the machine to the end
// of its full-expression. When another await of that full-expression may
// suspend first, the machine moves to its heap box there; an address of
// the awaiter that await_resume() kept (in a global, through a member
// function, a member's member function or a free function) would point
// into the dead stack copy. So such an
// await_resume() pins the machine, whatever it returns. One that only
// reads its members does not, nor one whose awaiter is the only await of
// its full-expression (it dies before any later suspension). The stack is
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

static const int *g_v = nullptr;

// Keeps the address of a member itself.
struct KeepsMember {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() noexcept {
    g_v = &v;
    return v;
  }
};

// Through a member function.
struct KeepsByHelper {
  int v;
  void enlist() { g_v = &v; }
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() {
    enlist();
    return v;
  }
};

// Through a member's member function.
struct Cell {
  int v;
  void enlist() { g_v = &v; }
};
struct KeepsByMember {
  Cell cell;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() {
    cell.enlist();
    return cell.v;
  }
};

// Through a free function, in an await_resume() defined after its uses.
void enlist_elsewhere(const int *);
struct KeepsElsewhere {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const;
};

// Only reads its members: no pin.
struct Reads {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const noexcept { return v + 1; }
};

// Braced: its elements are evaluated in order.
struct Pair {
  int first, second;
};
// Reads through the kept address while the awaiter still lives.
static int show(Pair p) { return p.first * 1000 + p.second + *g_v; }

// The state machine of keeps_member(), line 110. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct keeps_member_machine {
  keeps_member_machine() {}
  ~keeps_member_machine() {}

  // Built in its heap box from the start: 'KeepsMember::await_resume' may keep
  // the address of the awaiter at line 111.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    int spill0_;
  };
  union {
    KeepsMember awaiter0_;
  };
  union {
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> keeps_member() {
  return asl::start<keeps_member_machine>();
}

inline void keeps_member_machine::move_next() {
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
      // co_await KeepsMember{1} (line 111)
      ::new (asl::place(awaiter0_)) KeepsMember(KeepsMember{1});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      // co_await Later{} (line 111)
      ::new (asl::place(awaiter1_)) Later(Later{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(show(Pair{spill0_, awaiter1_.await_resume()}));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of keeps_by_helper(), line 114. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct keeps_by_helper_machine {
  keeps_by_helper_machine() {}
  ~keeps_by_helper_machine() {}

  // Built in its heap box from the start: 'KeepsByHelper::await_resume' may
  // keep the address of the awaiter at line 115.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    int spill0_;
  };
  union {
    KeepsByHelper awaiter0_;
  };
  union {
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> keeps_by_helper() {
  return asl::start<keeps_by_helper_machine>();
}

inline void keeps_by_helper_machine::move_next() {
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
      // co_await KeepsByHelper{2} (line 115)
      ::new (asl::place(awaiter0_)) KeepsByHelper(KeepsByHelper{2});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      // co_await Later{} (line 115)
      ::new (asl::place(awaiter1_)) Later(Later{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(show(Pair{spill0_, awaiter1_.await_resume()}));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of keeps_by_member(), line 118. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct keeps_by_member_machine {
  keeps_by_member_machine() {}
  ~keeps_by_member_machine() {}

  // Built in its heap box from the start: 'KeepsByMember::await_resume' may
  // keep the address of the awaiter at line 119.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    int spill0_;
  };
  union {
    KeepsByMember awaiter0_;
  };
  union {
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> keeps_by_member() {
  return asl::start<keeps_by_member_machine>();
}

inline void keeps_by_member_machine::move_next() {
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
      // co_await KeepsByMember{{3}} (line 119)
      ::new (asl::place(awaiter0_)) KeepsByMember(KeepsByMember{{3}});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      // co_await Later{} (line 119)
      ::new (asl::place(awaiter1_)) Later(Later{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(show(Pair{spill0_, awaiter1_.await_resume()}));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of keeps_elsewhere(), line 122. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct keeps_elsewhere_machine {
  keeps_elsewhere_machine() {}
  ~keeps_elsewhere_machine() {}

  // Built in its heap box from the start: 'KeepsElsewhere::await_resume' may
  // keep the address of the awaiter at line 123.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    int spill0_;
  };
  union {
    KeepsElsewhere awaiter0_;
  };
  union {
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> keeps_elsewhere() {
  return asl::start<keeps_elsewhere_machine>();
}

inline void keeps_elsewhere_machine::move_next() {
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
      // co_await KeepsElsewhere{4} (line 123)
      ::new (asl::place(awaiter0_)) KeepsElsewhere(KeepsElsewhere{4});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      // co_await Later{} (line 123)
      ::new (asl::place(awaiter1_)) Later(Later{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(show(Pair{spill0_, awaiter1_.await_resume()}));
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
template <class Awaiter> struct in_template_machine;

template <class Awaiter> ASL_ASYNC asl::Task<int> in_template(int v) {
  return asl::start<in_template_machine<Awaiter>>(v);
}

// Only reads: may start on the stack.
// The state machine of reads(), line 132. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct reads_machine {
  reads_machine() {}
  ~reads_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, Reads, int>;

  asl::task_builder<int> builder_;
  union {
    int spill0_;
  };
  union {
    Reads awaiter0_;
  };
  union {
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> reads() { return asl::start<reads_machine>(); }

inline void reads_machine::move_next() {
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
      static const int seven = 7;
      g_v = &seven;
      // co_await Reads{5} (line 135)
      ::new (asl::place(awaiter0_)) Reads(Reads{5});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      // co_await Later{} (line 135)
      ::new (asl::place(awaiter1_)) Later(Later{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(show(Pair{spill0_, awaiter1_.await_resume()}));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The only await of its full-expression: the awaiter is gone before the
// next await, so the machine may start on the stack.
// The state machine of alone(), line 140. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct alone_machine {
  alone_machine() {}
  ~alone_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<KeepsMember, Later, int> &&
      !asl::usually_suspends<KeepsMember>;

  asl::task_builder<int> builder_;
  int first;
  union {
    KeepsMember awaiter0_;
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> alone() { return asl::start<alone_machine>(); }

inline void alone_machine::move_next() {
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
      // co_await KeepsMember{6} (line 141)
      ::new (asl::place(awaiter0_)) KeepsMember(KeepsMember{6});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      first = awaiter0_.await_resume();

      static const int eight = 8;
      g_v = &eight;
      // co_await Later{} (line 144)
      ::new (asl::place(awaiter1_)) Later(Later{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      builder_.set_result(show(Pair{first, 0}));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

void enlist_elsewhere(const int *v) { g_v = v; }
int KeepsElsewhere::await_resume() const {
  enlist_elsewhere(&v);
  return v;
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
  run("keeps_member", keeps_member);
  run("keeps_by_helper", keeps_by_helper);
  run("keeps_by_member", keeps_by_member);
  run("keeps_elsewhere", keeps_elsewhere);
  run("in_template", [] { return in_template<KeepsMember>(9); });
  run("reads", reads);
  run("alone", alone);
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of in_template<KeepsMember>(), line 127. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct in_template_machine<KeepsMember> {
  // The template's parameters, which the body names.
  using Awaiter = KeepsMember;

  explicit in_template_machine(int &v) : v(std::move(v)) {}
  ~in_template_machine() {}

  // Built in its heap box from the start: 'KeepsMember::await_resume' may keep
  // the address of the awaiter at line 128.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int v;
  union {
    int spill0_;
  };
  union {
    KeepsMember awaiter0_;
  };
  union {
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

inline void in_template_machine<KeepsMember>::move_next() {
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
      // co_await Awaiter{v} (line 128)
      ::new (asl::place(awaiter0_)) KeepsMember(Awaiter{v});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      // co_await Later{} (line 128)
      ::new (asl::place(awaiter1_)) Later(Later{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(show(Pair{spill0_, awaiter1_.await_resume()}));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
