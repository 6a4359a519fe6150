// Checks async function templates given a closure by reference: a
// forwarding reference given a coroutine lambda held in a local of a
// coroutine (F is `add_closure &`, its named closure), of a coroutine
// lambda inside it, and of main (a lambda that is no coroutine), given a
// const one (F is `const add_closure &`), and `F &f`. Nothing after the
// file's code can name those closures, so the machines are generic over F,
// and spell the closure `std::decay_t<F>`, while the body's `F` still
// names the parameter.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <utility>

asl::RunLoop loop;

// The state machine of twice(), line 17. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct twice_machine {
  explicit twice_machine(int &x) : x(std::move(x)) {}
  ~twice_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int x;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> twice(int x) { return asl::start<twice_machine>(x); }

inline void twice_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 18)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(2 * x);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class F> struct call_machine;

template <class F> ASL_ASYNC asl::Task<int> call(F &&f) {
  return asl::start<call_machine<F>>(f);
}

// A copy of the closure kept across an await: its type is the closure's.
template <class F> struct call_copy_machine;

template <class F> ASL_ASYNC asl::Task<int> call_copy(F &&f, int x) {
  return asl::start<call_copy_machine<F>>(f, x);
}

template <class F> struct call_const_machine;

template <class F> ASL_ASYNC asl::Task<int> call_const(F &&f) {
  return asl::start<call_const_machine<F>>(f);
}

template <class F> struct call_ref_machine;

template <class F> ASL_ASYNC asl::Task<int> call_ref(F &f) {
  return asl::start<call_ref_machine<F>>(f);
}

// The state machine of outer(), line 43. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct outer_machine {
  // The closure of the coroutine lambda on line 45, as a class the machine can
  // keep.
  struct add_closure {
    int &base;
    asl::Task<int> operator()(int x) const {
      // The state machine of the lambda, line 45. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct add_machine {
        add_machine(int &base, int &x) : base(base), x(std::move(x)) {}
        ~add_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable = std::bool_constant<asl::relocatable<int>>;

        asl::task_builder<int> builder_;
        int &base;
        int x;
        int state_ = -1;

        void move_next() {
          try {
            {
              builder_.set_result(base + x);
              goto finish_;
            }
          } catch (...) {
            builder_.set_current_exception();
          }
        finish_:
          state_ = -2;
          builder_.complete();
        }
      };

      return asl::start<add_machine>(base, x);
    }
  };

  // The closure of the coroutine lambda on line 52, as a class the machine can
  // keep.
  struct nested_closure {
    int &base;
    asl::Task<int> operator()(int y) const {
      // The state machine of the lambda, line 52. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct nested_machine {
        // The closure of the coroutine lambda on line 53, as a class the
        // machine can keep.
        struct plus_closure {
          int y;
          asl::Task<int> operator()(int x) const {
            // The state machine of the lambda, line 53. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct plus_machine {
              plus_machine(const int &y, int &x) : y(y), x(std::move(x)) {}
              ~plus_machine() {}

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable).
              using relocatable = std::bool_constant<asl::relocatable<int>>;

              asl::task_builder<int> builder_;
              const int &y;
              int x;
              int state_ = -1;

              void move_next() {
                try {
                  {
                    builder_.set_result(x + y);
                    goto finish_;
                  }
                } catch (...) {
                  builder_.set_current_exception();
                }
              finish_:
                state_ = -2;
                builder_.complete();
              }
            };

            return asl::start<plus_machine>(y, x);
          }
        };

        nested_machine(int &base, int &y) : base(base), y(std::move(y)) {}
        ~nested_machine() { destroy_live(); }

        // Built in its heap box from the start: the tasks of the coroutine
        // lambda on line 53 refer to the copies its closure holds.
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        int &base;
        union {
          asl::task_awaiter<int> awaiter0_;
        };
        int y;
        union {
          plus_closure plus;
        };
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
              ::new (asl::place(plus)) plus_closure{y};

              // co_await call(plus) (line 54)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{call(plus)};
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

              builder_.set_result(r + base);
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

      return asl::start<nested_machine>(base, y);
    }
  };

  outer_machine() {}
  ~outer_machine() { destroy_live(); }

  // Built in its heap box from the start: 'base' is captured by reference by
  // the coroutine lambda on line 45.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    add_closure add;
  };
  const add_closure *same;
  union {
    nested_closure nested;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter4_;
  };
  int base;
  int a;
  int b;
  int c;
  int d;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> outer() { return asl::start<outer_machine>(); }

inline void outer_machine::move_next() {
  try {
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
    default:
      break;
    }
    {
      base = 10;

      ::new (asl::place(add)) add_closure{base};

      same = std::addressof(add);

      // co_await call(add) (line 47)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{call(add)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await call_copy(add, 5) (line 48)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{call_copy(add, 5)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await call_const(same) (line 49)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{call_const((*same))};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await call_ref(add) (line 50)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{call_ref(add)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("outer: %d %d %d %d\n", a, b, c, d);
      ::new (asl::place(nested)) nested_closure{base};

      spill0_ = a + b + c + d;
      // co_await nested(100) (line 57)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{nested(100)};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill0_ + awaiter4_.await_resume());
      asl::destroy(awaiter4_, awaiter4_live_);
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
  auto plain = [](int x) { return twice(x); };
  std::printf("total %d\n", loop.run([] { return outer(); }));
  std::printf("main: %d\n", loop.run([&] { return call(plain); }));
  std::printf("copy: %d\n", loop.run([&] { return call_copy(plain, 7); }));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of call<F>(), line 22. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <class F> struct call_machine {
  explicit call_machine(std::decay_t<F> &f) : f(f) {}
  ~call_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  std::decay_t<F> &f;
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

template <class F> inline void call_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await f(1) (line 23)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{f(1)};
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

      builder_.set_result(r + 1);
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

// The state machine of call_copy<F>(), line 28. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <class F> struct call_copy_machine {
  call_copy_machine(std::decay_t<F> &f, int &x) : f(f), x(std::move(x)) {}
  ~call_copy_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'copy' may be kept
  // (line 32).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::decay_t<F> copy;
  };
  std::decay_t<F> &f;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int x;
  int r;
  int state_ = -1;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
  }

  void move_next();
};

template <class F> inline void call_copy_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      ::new (asl::place(copy)) std::decay_t<F>(f);

      // co_await loop.schedule() (line 30)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      // co_await std::forward<F>(f)(x) (line 31)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{std::forward<F>(f)(x)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      spill0_ = r;
      // co_await copy(x) (line 32)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{copy(x)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill0_ + awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);
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

// The state machine of call_const<F>(), line 35. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <class F> struct call_const_machine {
  explicit call_const_machine(const std::decay_t<F> &f) : f(f) {}
  ~call_const_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  const std::decay_t<F> &f;
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

template <class F> inline void call_const_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await f(3) (line 36)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{f(3)};
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

// The state machine of call_ref<F>(), line 39. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <class F> struct call_ref_machine {
  explicit call_ref_machine(F &f) : f(f) {}
  ~call_ref_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  F &f;
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

template <class F> inline void call_ref_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await f(4) (line 40)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{f(4)};
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
