// A temporary kept in the machine to the end of its full-expression, past
// an await, whose address reaches a saved operand by array-to-pointer
// decay rather than through a call: a member array of a class prvalue
// (`Arr{{4, 5, 6}}.a`, a string_view over `Key{...}.text`) or an array
// prvalue (`A3{7, 8, 9}`) given as a pointer. The machine may start on the
// caller's stack and move to the heap at its first suspension, so such a
// decay pins it in its heap box from the start; reading an element
// (`Arr{{1, 2, 3}}.a[1]`) does not. run() writes over the stack the
// machines started on before resuming them, so a pointer left to the old
// place would show.
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <string_view>

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

struct Arr {
  int a[3];
};
struct Key {
  char text[4];
};
using A3 = int[3];
static int first(const int *p, int k) { return p[0] * 10 + p[2] + k; }
static int hash(std::string_view s, int k) {
  int h = k;
  for (char c : s)
    h = h * 31 + c;
  return h;
}

// The state machine of member_array(), line 38. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct member_array_machine {
  member_array_machine() {}
  ~member_array_machine() { destroy_live(); }

  // Built in its heap box from the start: an array of a temporary kept in the
  // machine decays to a pointer that may be kept (line 39).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const int *spill1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Arr temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> member_array() {
  return asl::start<member_array_machine>();
}

inline void member_array_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Arr(Arr{{4, 5, 6}});
      spill1_ = std::move(temporary0_).a;
      // co_await later(2) (line 39)
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
      builder_.set_result(first(spill1_, awaiter0_.await_resume()));
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

// The state machine of array_prvalue(), line 41. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct array_prvalue_machine {
  array_prvalue_machine() {}
  ~array_prvalue_machine() { destroy_live(); }

  // Built in its heap box from the start: an array of a temporary kept in the
  // machine decays to a pointer that may be kept (line 42).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const int *spill1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int array0_[3];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> array_prvalue() {
  return asl::start<array_prvalue_machine>();
}

inline void array_prvalue_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(array0_)) int[3]{7, 8, 9};
      spill1_ = array0_;
      // co_await later(3) (line 42)
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
      builder_.set_result(first(spill1_, awaiter0_.await_resume()));
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

// The state machine of view_over_member(), line 44. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct view_over_member_machine {
  view_over_member_machine() {}
  ~view_over_member_machine() { destroy_live(); }

  // Built in its heap box from the start: an array of a temporary kept in the
  // machine decays to a pointer that may be kept (line 45).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string_view spill1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Key temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> view_over_member() {
  return asl::start<view_over_member_machine>();
}

inline void view_over_member_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Key(Key{{'a', 'b', 'c'}});
      ::new (asl::place(spill1_))
          std::string_view(std::string_view(std::move(temporary0_).text, 3));
      // co_await later(4) (line 46)
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
      builder_.set_result(hash(std::move(spill1_), awaiter0_.await_resume()));
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

// Not pinned: an element is read where it is.
// The state machine of element_read(), line 49. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct element_read_machine {
  element_read_machine() {}
  ~element_read_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
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

ASL_ASYNC asl::Task<int> element_read() {
  return asl::start<element_read_machine>();
}

inline void element_read_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(5) (line 50)
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
      builder_.set_result(Arr{{1, 2, 3}}.a[1] + awaiter0_.await_resume());
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
  run("member array", member_array);
  run("array prvalue", array_prvalue);
  run("view over member", view_over_member);
  run("element read", element_read);
}
