// __func__ and __PRETTY_FUNCTION__ in specializations of async templates
// (function templates, members of class templates) and in coroutine lambdas
// give what the native build gives, `[T = int]` included: each
// specialization's machine is written from its instantiated body, so each
// gets its own string; move_next() never shows.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

template <class T> struct twice_machine;

template <class T> ASL_ASYNC asl::Task<T> twice(T x) {
  return asl::start<twice_machine<T>>(x);
}

template <class T> struct Box {
  T value;
  struct get_machine;
  ASL_ASYNC asl::Task<T> get() const { return asl::start<get_machine>(this); }
};

// The state machine of run(), line 28. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  // The closure of the coroutine lambda on line 29, as a class the machine can
  // keep.
  struct named_closure {
    asl::Task<int> operator()(int n) const {
      // The state machine of the lambda, line 29. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct named_machine {
        explicit named_machine(int &n) : n(std::move(n)) {}
        ~named_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        union {
          asl::event_awaiter awaiter0_;
        };
        int n;
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
              // co_await ready (line 30)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(ready));
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

              std::printf("lambda %s\n", "operator()");
              builder_.set_result(std::move(n));
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

      return asl::start<named_machine>(n);
    }
  };

  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'named' may be kept
  // (line 37).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  double b;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<double> awaiter1_;
    Box<int> temporary0_;
    asl::task_awaiter<int> awaiter3_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int a;
  int c;
  union {
    named_closure named;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(named)) named_closure{};

      // co_await twice(2) (line 34)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{twice(2)};
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

      // co_await twice(1.25) (line 35)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<double>{twice(1.25)};
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

      ::new (asl::place(temporary0_)) Box<int>(Box<int>{7});
      // co_await Box<int>{7}.get() (line 36)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{std::move(temporary0_).get()};
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

      // co_await named(5) (line 37)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{named(5)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int d = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("%s: %d %g %d %d\n", "run", a, b, c, d);
      builder_.set_result(a + c + d);
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
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of twice<int>(), line 12. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct twice_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit twice_machine(int &x) : x(std::move(x)) {}
  ~twice_machine() { destroy_live(); }

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
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void twice_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("%s: %s\n", "twice", "asl::Task<T> twice(T) [T = int]");
      // co_await ready (line 14)
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

      std::printf("%s resumed\n", "twice");
      builder_.set_result(x + x);
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

// The state machine of twice<double>(), line 12. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct twice_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  explicit twice_machine(double &x) : x(std::move(x)) {}
  ~twice_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, double> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<double> builder_;
  double x;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void twice_machine<double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("%s: %s\n", "twice", "asl::Task<T> twice(T) [T = double]");
      // co_await ready (line 14)
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

      std::printf("%s resumed\n", "twice");
      builder_.set_result(x + x);
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

// The state machine of Box<int>::get(), line 21. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<int>::get_machine {
  // The template's parameters, which the body names.
  using T = int;

  explicit get_machine(const Box<int> *this_) : this_(this_) {}
  ~get_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const Box<int> *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Box<int>::get_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 22)
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

      std::printf("%s: %s\n", "get",
                  "asl::Task<T> Box<int>::get() const [T = int]");
      builder_.set_result(this_->value);
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
