// A temporary kept in the machine to the end of its full-expression, past
// an await, whose address a function of the program's keeps in a global
// that a later part of the same full-expression reads: a function returning
// a number, one returning nothing (left of a comma), and a member function
// returning a number called on the temporary. Natively the coroutine frame
// never moves; the machine may start on the caller's stack and move to the
// heap at its first suspension, so any call of the program's that is given
// such a temporary by reference (or as its object) pins the machine in its
// heap box from the start, whatever the call returns. run() writes over the
// stack the machines started on before resuming them, so a pointer left to
// the old place would show.
#include <asl/task.h>
#include <cstdio>
#include <deque>

static std::deque<asl::Event *> waiting;
// The state machine of later(), line 17. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  explicit later_machine(int &v) : v(std::move(v)) {}
  ~later_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'e' may be kept (line
  // 19).
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
      // co_await e (line 20)
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

struct Tag {
  int v;
};
static const int *seen;
int enlist(const Tag &t) {
  seen = &t.v;
  return t.v;
}
void enlist_void(const Tag &t) { seen = &t.v; }
struct Reader {
  int v;
  int keep() const {
    seen = &v;
    return v;
  }
};
int read_seen() { return *seen; }

// The state machine of by_number(), line 41. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct by_number_machine {
  by_number_machine() {}
  ~by_number_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 42).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Tag temporary0_;
  };
  union {
    int spill1_;
  };
  union {
    int spill2_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> by_number() { return asl::start<by_number_machine>(); }

inline void by_number_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Tag(Tag{5});
      spill1_ = enlist(temporary0_);
      // co_await later(1) (line 42)
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
      spill2_ = spill1_ + awaiter0_.await_resume();
      builder_.set_result(spill2_ + read_seen());
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

// The state machine of by_void(), line 44. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct by_void_machine {
  by_void_machine() {}
  ~by_void_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 45).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Tag temporary0_;
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

ASL_ASYNC asl::Task<int> by_void() { return asl::start<by_void_machine>(); }

inline void by_void_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Tag(Tag{6});
      enlist_void(temporary0_);
      // co_await later(1) (line 45)
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
      spill1_ = (void(), awaiter0_.await_resume());
      builder_.set_result(spill1_ + read_seen());
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

// The state machine of by_member(), line 47. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct by_member_machine {
  by_member_machine() {}
  ~by_member_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 48).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Reader temporary0_;
  };
  union {
    int spill1_;
  };
  union {
    int spill2_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> by_member() { return asl::start<by_member_machine>(); }

inline void by_member_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Reader(Reader{7});
      spill1_ = std::move(temporary0_).keep();
      // co_await later(1) (line 48)
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
      spill2_ = spill1_ + awaiter0_.await_resume();
      builder_.set_result(spill2_ + read_seen());
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

static int scribble() {
  volatile int buf[2048];
  for (int i = 0; i < 2048; ++i)
    buf[i] = -i;
  return buf[7];
}
template <class F> void run(const char *name, F f) {
  auto t = f();
  std::printf("scribbled %d\n", scribble());
  while (!waiting.empty()) {
    auto *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}
int main() {
  run("number", by_number);
  run("void", by_void);
  run("member", by_member);
}
