// An awaiter that completes at once (await_ready() true) lives in the
// machine to the end of its full-expression, and what its await_resume()
// returns may point into it: a pointer, a string_view, a span-like
// aggregate over its member array. Saved while a later await of the same
// full-expression first suspends, it would point at the old place if the
// machine, which may start on the caller's stack, moved to the heap there;
// so such an await pins the machine in its heap box from the start, in a
// function or a function template. run() writes over the stack the
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

struct Ready {
  char text[8];
  int n;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  std::string_view await_resume() const noexcept {
    return std::string_view(text, static_cast<std::size_t>(n));
  }
};
struct ReadyPtr {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  const int *await_resume() const noexcept { return &v; }
};
struct Span {
  const int *p;
  int n;
};
struct ReadySpan {
  int a[3];
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  Span await_resume() const noexcept { return Span{a, 3}; }
};
static int hash(std::string_view s, int k) {
  int h = k;
  for (char c : s)
    h = h * 31 + c;
  return h;
}
static int total(Span s, int k) {
  int t = k;
  for (int i = 0; i < s.n; ++i)
    t = t * 10 + s.p[i];
  return t;
}
static int addp(const int *a, int b) { return *a + b; }

// The state machine of view_result(), line 62. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct view_result_machine {
  view_result_machine() {}
  ~view_result_machine() { destroy_live(); }

  // Built in its heap box from the start: what the awaiter of the co_await at
  // line 63 returns may point into it, and another await of its expression may
  // suspend first.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string_view spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    Ready awaiter0_;
  };
  int state_ = -1;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> view_result() {
  return asl::start<view_result_machine>();
}

inline void view_result_machine::move_next() {
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
      // co_await Ready{{'a', 'b', 'c'}, 3} (line 63)
      ::new (asl::place(awaiter0_)) Ready(Ready{{'a', 'b', 'c'}, 3});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(spill0_)) std::string_view(awaiter0_.await_resume());
      // co_await later(1) (line 63)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{later(1)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(hash(std::move(spill0_), awaiter1_.await_resume()));
      asl::destroy(awaiter1_, awaiter1_live_);
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

// The state machine of pointer_result(), line 65. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct pointer_result_machine {
  pointer_result_machine() {}
  ~pointer_result_machine() { destroy_live(); }

  // Built in its heap box from the start: what the awaiter of the co_await at
  // line 66 returns may point into it, and another await of its expression may
  // suspend first.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const int *spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    ReadyPtr awaiter0_;
  };
  int state_ = -1;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> pointer_result() {
  return asl::start<pointer_result_machine>();
}

inline void pointer_result_machine::move_next() {
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
      // co_await ReadyPtr{50} (line 66)
      ::new (asl::place(awaiter0_)) ReadyPtr(ReadyPtr{50});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      // co_await later(3) (line 66)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{later(3)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(addp(spill0_, awaiter1_.await_resume()));
      asl::destroy(awaiter1_, awaiter1_live_);
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

// The state machine of span_result(), line 68. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct span_result_machine {
  span_result_machine() {}
  ~span_result_machine() { destroy_live(); }

  // Built in its heap box from the start: what the awaiter of the co_await at
  // line 69 returns may point into it, and another await of its expression may
  // suspend first.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Span spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    ReadySpan awaiter0_;
  };
  int state_ = -1;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> span_result() {
  return asl::start<span_result_machine>();
}

inline void span_result_machine::move_next() {
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
      // co_await ReadySpan{{1, 2, 3}} (line 69)
      ::new (asl::place(awaiter0_)) ReadySpan(ReadySpan{{1, 2, 3}});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(spill0_)) Span(awaiter0_.await_resume());
      // co_await later(4) (line 69)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{later(4)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(total(std::move(spill0_), awaiter1_.await_resume()));
      asl::destroy(awaiter1_, awaiter1_live_);
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

template <class R> struct in_template_machine;

template <class R> ASL_ASYNC asl::Task<int> in_template(R r) {
  return asl::start<in_template_machine<R>>(r);
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
  run("view", view_result);
  run("pointer", pointer_result);
  run("span", span_result);
  run("template", [] { return in_template(Ready{{'h', 'i'}, 2}); });
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of in_template<Ready>(), line 71. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct in_template_machine<Ready> {
  // The template's parameters, which the body names.
  using R = Ready;

  explicit in_template_machine(Ready &r) : r(std::move(r)) {}
  ~in_template_machine() { destroy_live(); }

  // Built in its heap box from the start: what the awaiter of the co_await at
  // line 72 returns may point into it, and another await of its expression may
  // suspend first.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string_view spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  Ready r;
  union {
    Ready awaiter0_;
  };
  int state_ = -1;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

  void move_next();
};

inline void in_template_machine<Ready>::move_next() {
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
      // co_await R(r) (line 72)
      ::new (asl::place(awaiter0_)) Ready(R(r));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(spill0_)) std::string_view(awaiter0_.await_resume());
      // co_await later(5) (line 72)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{later(5)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(hash(std::move(spill0_), awaiter1_.await_resume()));
      asl::destroy(awaiter1_, awaiter1_live_);
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
