// Checks that `T x = e;`, where T has an explicit constructor that could
// take e (so the machine cannot write T(e)), builds x where it is, as
// natively: a constructor that records `this` records x's own address (a
// trivially copyable T returned from a helper could be left in registers
// and copied, [class.temporary]/3). Shapes: a lifted local, a range-for
// variable, a temporary a const reference extends, a condition variable,
// an aggregate's member built member by member (around an await), in a
// function template, and a class whose constructor takes a class prvalue
// by value (built in the parameter, with no move).
#include <asl/task.h>

#include <cstdio>

asl::Event ready;
// The state machine of later(), line 15. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  later_machine() {}
  ~later_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<void> builder_;
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

ASL_ASYNC asl::Task<void> later() { return asl::start<later_machine>(); }

inline void later_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    { // co_await ready (line 15)
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
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of zero(), line 16. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct zero_machine {
  zero_machine() {}
  ~zero_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
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

ASL_ASYNC asl::Task<int> zero() { return asl::start<zero_machine>(); }

inline void zero_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 17)
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

      builder_.set_result(0);
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
  explicit Sensor(long x) : v(static_cast<int>(x)) {}
  Sensor(int x) : v(x) { last = this; }
  explicit operator bool() const { return v != 0; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;

// The result: the value, negative when the recorded address is not the
// object's.
static int seen(const Sensor &s) { return Sensor::last == &s ? s.v : -s.v; }

// The state machine of lifted_local(), line 34. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct lifted_local_machine {
  lifted_local_machine() {}
  ~lifted_local_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 37).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  union {
    Sensor s;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> lifted_local() {
  return asl::start<lifted_local_machine>();
}

inline void lifted_local_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(s)) asl::copy_initialized<Sensor>{1};

      // co_await later() (line 36)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      builder_.set_result(seen(s));
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

// The state machine of range_for_variable(), line 40. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct range_for_variable_machine {
  range_for_variable_machine() {}
  ~range_for_variable_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'values' may be kept
  // (line 43).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int (*range_)[2];
  int *begin_;
  int *end_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  union {
    int values[2];
  };
  int sum;
  union {
    Sensor s;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> range_for_variable() {
  return asl::start<range_for_variable_machine>();
}

inline void range_for_variable_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(values)) int[2]{2, 3};

      sum = 0;

      {
        range_ = std::addressof(values);
        begin_ = (*range_);
        end_ = (*range_) + 2;
        for (; begin_ != end_; ++begin_) {
          ::new (asl::place(s)) asl::copy_initialized<Sensor>{*begin_};
          {
            // co_await later() (line 44)
            ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

            sum = sum * 10 + seen(s);
          }
        }
      }

      builder_.set_result(std::move(sum));
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

// The state machine of extended_temporary(), line 50. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct extended_temporary_machine {
  extended_temporary_machine() {}
  ~extended_temporary_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 53).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  union {
    const Sensor s;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

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
      ::new (asl::place(s)) asl::copy_initialized<const Sensor>{4};

      // co_await later() (line 52)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      builder_.set_result(seen(s));
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

// The state machine of condition_variable(), line 56. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct condition_variable_machine {
  condition_variable_machine() {}
  ~condition_variable_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 57).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  union {
    Sensor s;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> condition_variable() {
  return asl::start<condition_variable_machine>();
}

inline void condition_variable_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      {
        ::new (asl::place(s)) asl::copy_initialized<Sensor>{5};
        if (s) {
          // co_await later() (line 58)
          ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

          builder_.set_result(seen(s));
          goto finish_;
        }
      }

      builder_.set_result(0);
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
  Sensor first;
  int second;
};

// The state machine of aggregate_member(), line 69. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct aggregate_member_machine {
  aggregate_member_machine() {}
  ~aggregate_member_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'p' may be kept (line
  // 72).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<void> awaiter1_;
  };
  union {
    Pair p;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

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
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(p.first)) asl::copy_initialized<Sensor>{6};
      // co_await zero() (line 70)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{zero()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      p.second = awaiter0_.await_resume();

      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await later() (line 71)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{later()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(seen(p.first) + p.second);
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

struct Moves {
  static int count;
  Moves() {}
  Moves(Moves &&) { ++count; }
};
int Moves::count = 0;

struct Taking {
  explicit Taking(Moves, long = 0) {}
  Taking(Moves) {}
};

// The state machine of by_value_parameter(), line 93. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct by_value_parameter_machine {
  by_value_parameter_machine() {}
  ~by_value_parameter_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 't' may be kept (line
  // 96).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  union {
    Taking t;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> by_value_parameter() {
  return asl::start<by_value_parameter_machine>();
}

inline void by_value_parameter_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(t)) asl::copy_initialized<Taking>{Moves()};

      // co_await later() (line 95)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      (void)t;
      builder_.set_result(Moves::count);
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
  run("lifted_local", lifted_local());
  run("range_for_variable", range_for_variable());
  run("extended_temporary", extended_temporary());
  run("condition_variable", condition_variable());
  run("aggregate_member", aggregate_member());
  run("in_template", in_template(100));
  run("by_value_parameter", by_value_parameter());
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of in_template<int>(), line 75. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct in_template_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit in_template_machine(int &k) : k(std::move(k)) {}
  ~in_template_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 78).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  int k;
  union {
    Sensor s;
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
      ::new (asl::place(s)) asl::copy_initialized<Sensor>{7};

      // co_await later() (line 77)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      builder_.set_result(seen(s) + static_cast<int>(k));
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
