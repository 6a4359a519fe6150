// Checks that the init-captures of a lambda whose closure the machine keeps
// are built in the closure where the machine keeps it, as natively: a
// constructor (or a default member initializer `self = this`) that records
// the capture's address records the closure's member. The closure is made
// by a function of the lowering (C++17 names a closure type only through
// one), which builds it at the field's address: a small trivially copyable
// closure returned from it could be left in registers and copied
// ([class.temporary]/3). Shapes: a named lambda (`[s = Sensor(1)]`,
// `[s{Sensor(2)}]`, an aggregate with `self = this`, with a capture by
// copy, bound to `auto &&`), a lambda called at once before a later await
// (a temporary kept in the machine), in a function template, in a generic
// coroutine lambda, and a closure larger than 16 bytes.
#include <asl/task.h>

#include <cstdio>

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

struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;

struct Node {
  int v;
  const Node *self = this;
};

struct Pad {
  int a[8];
};

// For equals_init(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct equals_init_locals {
  // The lambda on line 40, built at where.
  static auto *f_lambda(void *where) {
    return ::new (where) auto(
        [s = Sensor(1)] { return Sensor::last == &s ? s.v : -s.v; });
  }
};

// The state machine of equals_init(), line 39. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct equals_init_machine : equals_init_locals {
  using f_closure = std::remove_pointer_t<decltype(f_lambda(nullptr))>;

  equals_init_machine() {}
  ~equals_init_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 42).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    f_closure f;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> equals_init() {
  return asl::start<equals_init_machine>();
}

inline void equals_init_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      f_lambda(asl::place(f));

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

      builder_.set_result(f());
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

// For brace_init(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct brace_init_locals {
  // The lambda on line 46, built at where1.
  static auto *f_lambda1(void *where1) {
    return ::new (where1) auto(
        [s{Sensor(2)}] { return Sensor::last == &s ? s.v : -s.v; });
  }
};

// The state machine of brace_init(), line 45. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct brace_init_machine : brace_init_locals {
  using f_closure1 = std::remove_pointer_t<decltype(f_lambda1(nullptr))>;

  brace_init_machine() {}
  ~brace_init_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 48).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    f_closure1 f;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> brace_init() {
  return asl::start<brace_init_machine>();
}

inline void brace_init_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      f_lambda1(asl::place(f));

      // co_await later(0) (line 47)
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

      builder_.set_result(f());
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

// For member_initializer(), functions making the lambdas whose closures its
// machine keeps (C++17 names a closure type only as what a function returns).
struct member_initializer_locals {
  // The lambda on line 52, built at where2.
  static auto *f_lambda2(void *where2) {
    return ::new (where2) auto(
        [n = Node{3}] { return n.self == &n ? n.v : -n.v; });
  }
};

// The state machine of member_initializer(), line 51. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct member_initializer_machine : member_initializer_locals {
  using f_closure2 = std::remove_pointer_t<decltype(f_lambda2(nullptr))>;

  member_initializer_machine() {}
  ~member_initializer_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 54).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    f_closure2 f;
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

ASL_ASYNC asl::Task<int> member_initializer() {
  return asl::start<member_initializer_machine>();
}

inline void member_initializer_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      f_lambda2(asl::place(f));

      // co_await later(0) (line 53)
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

      builder_.set_result(f());
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

// For with_copy_capture(), functions making the lambdas whose closures its
// machine keeps (C++17 names a closure type only as what a function returns).
struct with_copy_capture_locals {
  // The lambda on line 59, built at where3.
  static auto *f_lambda3(void *where3, int &k) {
    return ::new (where3) auto(
        [s = Sensor(4), k] { return (Sensor::last == &s ? s.v : -s.v) + k; });
  }
};

// The state machine of with_copy_capture(), line 57. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct with_copy_capture_machine : with_copy_capture_locals {
  using f_closure3 = std::remove_pointer_t<decltype(f_lambda3(
      nullptr, std::declval<int &>()))>;

  with_copy_capture_machine() {}
  ~with_copy_capture_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 61).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int k;
  union {
    f_closure3 f;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> with_copy_capture() {
  return asl::start<with_copy_capture_machine>();
}

inline void with_copy_capture_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      k = 40;

      f_lambda3(asl::place(f), k);

      // co_await later(0) (line 60)
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

      builder_.set_result(f());
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

// For bound_to_reference(), functions making the lambdas whose closures its
// machine keeps (C++17 names a closure type only as what a function returns).
struct bound_to_reference_locals {
  // The lambda on line 65, built at where4.
  static auto *f_lambda4(void *where4) {
    return ::new (where4) auto(
        [s = Sensor(5)] { return Sensor::last == &s ? s.v : -s.v; });
  }
};

// The state machine of bound_to_reference(), line 64. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct bound_to_reference_machine : bound_to_reference_locals {
  using f_closure4 = std::remove_pointer_t<decltype(f_lambda4(nullptr))>;

  bound_to_reference_machine() {}
  ~bound_to_reference_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 67).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    f_closure4 f;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> bound_to_reference() {
  return asl::start<bound_to_reference_machine>();
}

inline void bound_to_reference_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      f_lambda4(asl::place(f));

      // co_await later(0) (line 66)
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

      builder_.set_result(f());
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

// For called_at_once(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct called_at_once_locals {
  // The lambda on line 71, built at where5.
  static auto *lambda_lambda(void *where5) {
    return ::new (where5) auto(
        [s = Sensor(6)] { return Sensor::last == &s ? s.v : -s.v; });
  }
};

// The state machine of called_at_once(), line 70. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct called_at_once_machine : called_at_once_locals {
  using lambda_closure =
      std::remove_pointer_t<decltype(lambda_lambda(nullptr))>;

  called_at_once_machine() {}
  ~called_at_once_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 71).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    lambda_closure temporary0_;
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
      lambda_lambda(asl::place(temporary0_));
      spill1_ = temporary0_();
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
      builder_.set_result(spill1_ + awaiter0_.await_resume());
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

template <class T> ASL_ASYNC asl::Task<int> in_template(T k) {
  return asl::start<in_template_machine<T>>(k);
}

// The state machine of in_generic_lambda(), line 81. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct in_generic_lambda_machine {
  // The closure of the coroutine lambda on line 82, as a class the machine can
  // keep.
  struct body_closure {
    template <class auto0_> asl::Task<int> operator()(auto0_ k) const {
      // The state machines of the lambda, line 82, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<decltype(k), int>) {
        // For the lambda, functions making the lambdas whose closures its
        // machine keeps (C++17 names a closure type only as what a function
        // returns).
        struct body_locals {
          // The lambda on line 83, built at where7.
          static auto *f_lambda6(void *where7) {
            return ::new (where7) auto(
                [s = Sensor(8)] { return Sensor::last == &s ? s.v : -s.v; });
          }
        };

        // The state machine of the lambda, line 82. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct body_machine : body_locals {
          using f_closure6 =
              std::remove_pointer_t<decltype(body_locals::f_lambda6(nullptr))>;

          explicit body_machine(int &k) : k(std::move(k)) {}
          ~body_machine() { destroy_live(); }

          // Built in its heap box from the start: the address of 'f' may be
          // kept (line 85).
          using relocatable [[maybe_unused]] = std::false_type;

          asl::task_builder<int> builder_;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int k;
          union {
            f_closure6 f;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                body_locals::f_lambda6(asl::place(f));

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

                builder_.set_result(f() + k);
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

        return asl::start<body_machine>(k);
      }
    }
  };

  in_generic_lambda_machine() {}
  ~in_generic_lambda_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'body' may be kept
  // (line 87).
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

ASL_ASYNC asl::Task<int> in_generic_lambda() {
  return asl::start<in_generic_lambda_machine>();
}

inline void in_generic_lambda_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(body)) body_closure{};

      // co_await body(100) (line 87)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{body(100)};
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

// For large_closure(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct large_closure_locals {
  // The lambda on line 91, built at where8.
  static auto *f_lambda7(void *where8) {
    return ::new (where8) auto([s = Sensor(9), p = Pad{}] {
      return (Sensor::last == &s ? s.v : -s.v) + p.a[0];
    });
  }
};

// The state machine of large_closure(), line 90. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct large_closure_machine : large_closure_locals {
  using f_closure7 = std::remove_pointer_t<decltype(f_lambda7(nullptr))>;

  large_closure_machine() {}
  ~large_closure_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 95).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    f_closure7 f;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> large_closure() {
  return asl::start<large_closure_machine>();
}

inline void large_closure_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      f_lambda7(asl::place(f));

      // co_await later(0) (line 94)
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

      builder_.set_result(f());
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

static void run(const char *name, asl::Task<int> task) {
  ready.reset();
  ready.set();
  std::printf("%s: %d\n", name, asl::sync_wait(std::move(task)));
}

int main() {
  run("equals_init", equals_init());
  run("brace_init", brace_init());
  run("member_initializer", member_initializer());
  run("with_copy_capture", with_copy_capture());
  run("bound_to_reference", bound_to_reference());
  run("called_at_once", called_at_once());
  run("in_template", in_template(100));
  run("in_generic_lambda", in_generic_lambda());
  run("large_closure", large_closure());
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// For in_template<int>(), functions making the lambdas whose closures its
// machine keeps (C++17 names a closure type only as what a function returns).
struct in_template_locals {
  using T = int;

  // The lambda on line 76, built at where6.
  static auto *f_lambda5(void *where6) {
    return ::new (where6) auto(
        [s = Sensor(7)] { return Sensor::last == &s ? s.v : -s.v; });
  }
};

// The state machine of in_template<int>(), line 75. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct in_template_machine<int> : in_template_locals {
  // The template's parameters, which the body names.
  using T = int;

  using f_closure5 = std::remove_pointer_t<decltype(f_lambda5(nullptr))>;

  explicit in_template_machine(int &k) : k(std::move(k)) {}
  ~in_template_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 78).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int k;
  union {
    f_closure5 f;
  };
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
      f_lambda5(asl::place(f));

      // co_await later(0) (line 77)
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

      builder_.set_result(f() + static_cast<int>(k));
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
