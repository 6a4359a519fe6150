// A lambda expression that captures one of the machine's objects by
// reference (a lifted local, a by-value parameter's copy, a structured
// binding, through `[&]` a member array) holds its address in its closure;
// given to something that keeps the closure (a global std::function, a
// function or a holder that stores it, an awaited async function template
// or member template that takes it by value and calls it after
// suspending), in a function, a function template or a coroutine lambda,
// it pins the machine in its heap box from the start: the machine may
// otherwise start on the caller's stack and move at its first suspension,
// leaving the closure pointing at the old place. A lambda called at once,
// or given to a standard algorithm, whose result is a number, does not pin.
// run() writes over the stack the machines started on before resuming
// them, so a pointer left to the old place would show.
#include <asl/task.h>
#include <algorithm>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>

static std::deque<asl::Event *> waiting;
// The state machine of later(), line 22. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  explicit later_machine(int &v) : v(std::move(v)) {}
  ~later_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'e' may be kept (line
  // 24).
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
      // co_await e (line 25)
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

static std::function<int()> kept;
static void keep(std::function<int()> f) { kept = std::move(f); }
struct Holder {
  std::function<int()> f;
};
static std::unique_ptr<Holder> held;

// The state machine of named_capture(), line 35. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct named_capture_machine {
  named_capture_machine() {}
  ~named_capture_machine() { destroy_live(); }

  // Built in its heap box from the start: 'x' is captured by reference by the
  // lambda on line 37, whose closure may be kept.
  static constexpr bool relocatable = false;

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

ASL_ASYNC asl::Task<int> named_capture() {
  return asl::start<named_capture_machine>();
}

inline void named_capture_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      x = 1;

      kept = [&x = x] { return x; };
      x = 21;
      // co_await later(0) (line 39)
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

      builder_.set_result(kept());
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

struct Pair {
  int v, w;
};
// The state machine of default_capture(), line 45. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct default_capture_machine {
  default_capture_machine() {}
  ~default_capture_machine() { destroy_live(); }

  // Built in its heap box from the start: 's' is captured by reference by the
  // lambda on line 47, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Pair s;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> default_capture() {
  return asl::start<default_capture_machine>();
}

inline void default_capture_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(s)) Pair{2, 3};

      kept = [&] { return s.v + s.w; };
      s.w = 30;
      // co_await later(0) (line 49)
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

      builder_.set_result(kept());
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

// The state machine of parameter_copy(), line 52. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct parameter_copy_machine {
  explicit parameter_copy_machine(int &x) : x(std::move(x)) {}
  ~parameter_copy_machine() { destroy_live(); }

  // Built in its heap box from the start: 'x' is captured by reference by the
  // lambda on line 53, whose closure may be kept.
  static constexpr bool relocatable = false;

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

ASL_ASYNC asl::Task<int> parameter_copy(int x) {
  return asl::start<parameter_copy_machine>(x);
}

inline void parameter_copy_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      keep([&x = x] { return x; });
      x = 23;
      // co_await later(0) (line 55)
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

      builder_.set_result(kept());
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

// The state machine of binding(), line 58. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct binding_machine {
  binding_machine() {}
  ~binding_machine() { destroy_live(); }

  // Built in its heap box from the start: 'a' is captured by reference by the
  // lambda on line 60, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Pair bindings0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> binding() { return asl::start<binding_machine>(); }

inline void binding_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_)) Pair(Pair{4, 5});

      held.reset(new Holder{[&a = bindings0_.v] { return a; }});
      bindings0_.v += bindings0_.w;
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

      builder_.set_result(held->f());
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

struct Row {
  int a[3];
};
// The state machine of member_array(), line 68. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct member_array_machine {
  member_array_machine() {}
  ~member_array_machine() { destroy_live(); }

  // Built in its heap box from the start: 'r' is captured by reference by the
  // lambda on line 70, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Row r;
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
      ::new (asl::place(r)) Row{{6, 7, 8}};

      kept = [&] { return r.a[1]; };
      r.a[1] = 70;
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

      builder_.set_result(kept());
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

template <class F> struct retry_machine;

template <class F> ASL_ASYNC asl::Task<int> retry(F f, int n) {
  return asl::start<retry_machine<F>>(f, n);
}

struct Policy {
  int k;
  template <class F> struct call_machine;

  template <class F> ASL_ASYNC asl::Task<int> call(F f) const {
    return asl::start<call_machine<F>>(this, f);
  }
};
// The state machine of given_to_template(), line 88. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct given_to_template_machine {
  given_to_template_machine() {}
  ~given_to_template_machine() { destroy_live(); }

  // Built in its heap box from the start: 'x' is captured by reference by the
  // lambda on line 91, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int x;
  int calls;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> given_to_template() {
  return asl::start<given_to_template_machine>();
}

inline void given_to_template_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      x = 2;

      calls = 0;

      // co_await retry([&] { return x * 10 + ++calls; }, 3) (line 91)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{retry([&] { return x * 10 + ++calls; }, 3)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(r * 100 + calls);
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

// The state machine of given_to_member_template(), line 94. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct given_to_member_template_machine {
  given_to_member_template_machine() {}
  ~given_to_member_template_machine() { destroy_live(); }

  // Built in its heap box from the start: 'x' is captured by reference by the
  // lambda on line 97, whose closure may be kept.
  static constexpr bool relocatable = false;

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

ASL_ASYNC asl::Task<int> given_to_member_template() {
  return asl::start<given_to_member_template_machine>();
}

inline void given_to_member_template_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      x = 3;

      static const Policy p{2};
      // co_await p.call([&x] { return x; }) (line 97)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{p.call([&x = x] { return x; })};
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

template <class T> struct in_template_machine;

template <class T> ASL_ASYNC asl::Task<T> in_template(T x) {
  return asl::start<in_template_machine<T>>(x);
}

// The state machine of in_coroutine_lambda(), line 106. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct in_coroutine_lambda_machine {
  // The closure of the coroutine lambda on line 107, as a class the machine can
  // keep.
  struct body_closure {
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 107. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct body_machine {
        body_machine() {}
        ~body_machine() { destroy_live(); }

        // Built in its heap box from the start: 'z' is captured by reference by
        // the lambda on line 109, whose closure may be kept.
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        union {
          asl::task_awaiter<int> awaiter0_;
        };
        int z;
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              z = 9;

              kept = [&z = z] { return z; };
              z = 90;
              // co_await later(0) (line 111)
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

              builder_.set_result(kept());
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

      return asl::start<body_machine>();
    }
  };

  in_coroutine_lambda_machine() {}
  ~in_coroutine_lambda_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'body' may be kept
  // (line 114).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    body_closure body;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> in_coroutine_lambda() {
  return asl::start<in_coroutine_lambda_machine>();
}

inline void in_coroutine_lambda_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(body)) body_closure{};

      // co_await body() (line 114)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{body()};
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

// Not pinned: the closures die before the await.
// The state machine of called_at_once(), line 117. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct called_at_once_machine {
  called_at_once_machine() {}
  ~called_at_once_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int x;
  int y;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> called_at_once() {
  return asl::start<called_at_once_machine>();
}

inline void called_at_once_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      x = 4;

      y = [&] { return x * 2; }();

      {
        int v[3] = {1, 5, 9};
        y += int(std::count_if(v, v + 3, [&](int e) { return e > x; }));
      }
      // co_await later(0) (line 124)
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

      builder_.set_result(x + y);
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
  run("named", named_capture);
  run("default", default_capture);
  run("parameter", [] { return parameter_copy(3); });
  run("binding", binding);
  run("member array", member_array);
  run("template", given_to_template);
  run("member template", given_to_member_template);
  run("in template", [] { return in_template(5); });
  run("coroutine lambda", in_coroutine_lambda);
  run("at once", called_at_once);
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of retry<F>(), line 75. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <class F> struct retry_machine {
  retry_machine(F &f, int &n) : f(std::move(f)), n(std::move(n)) {}
  ~retry_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 78).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int n;
  int r;
  int i;
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

template <class F> inline void retry_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      r = 0;

      for (i = 0; i < n; ++i) {
        spill0_ = f();
        // co_await later(0) (line 78)
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
        r += spill0_ + awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
      }

      builder_.set_result(std::move(r));
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

// The state machine of Policy::call<F>(), line 83. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <class F> struct Policy::call_machine {
  call_machine(const Policy *this_, F &f) : f(std::move(f)), this_(this_) {}
  ~call_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 85).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  const Policy *this_;
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

template <class F> inline void Policy::call_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(0) (line 84)
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

      builder_.set_result(f() * this_->k);
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

// The state machine of in_template<int>(), line 99. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct in_template_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit in_template_machine(int &x) : x(std::move(x)) {}
  ~in_template_machine() { destroy_live(); }

  // Built in its heap box from the start: 'y' is captured by reference by the
  // lambda on line 101, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int x;
  int y;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

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
      y = x + 1;

      kept = [&y = y] { return int(y); };
      y += 10;
      // co_await later(0) (line 103)
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

      builder_.set_result(kept());
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
