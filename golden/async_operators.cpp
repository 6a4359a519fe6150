// Operator functions can be async like named ones: a function object's
// const `operator()` (the usual shape of an async handler), a member
// `operator[]`, and a free binary `operator+`. Each machine is named after
// the operator (`operator_call_machine`, ...), and each ramp keeps the
// operator's signature.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

struct Handler {
  int base;
  struct operator_call_machine;
  ASL_ASYNC asl::Task<int> operator()(int v) const;
};

// The state machine of Handler::operator()(), line 14. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct Handler::operator_call_machine {
  operator_call_machine(const Handler *this_, int &v)
      : this_(this_), v(std::move(v)) {}
  ~operator_call_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const Handler *this_;
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

inline asl::Task<int> Handler::operator()(int v) const {
  return asl::start<operator_call_machine>(this, v);
}

inline void Handler::operator_call_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 15)
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

      std::printf("handler(%d) with base %d\n", v, this_->base);
      builder_.set_result(this_->base + v);
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

struct Table {
  int cells[3] = {7, 8, 9};
  struct operator_subscript_machine;
  ASL_ASYNC asl::Task<int> operator[](int i);
};

// The state machine of Table::operator[](), line 23. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct Table::operator_subscript_machine {
  operator_subscript_machine(Table *this_, int &i)
      : this_(this_), i(std::move(i)) {}
  ~operator_subscript_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Table *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int i;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<int> Table::operator[](int i) {
  return asl::start<operator_subscript_machine>(this, i);
}

inline void Table::operator_subscript_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 24)
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

      builder_.set_result(this_->cells[i]);
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

struct Money {
  long cents;
};

// The state machine of operator+(), line 33. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct operator_plus_machine {
  operator_plus_machine(Money &a, Money &b)
      : a(std::move(a)), b(std::move(b)) {}
  ~operator_plus_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Money, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<Money> builder_;
  Money a;
  Money b;
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

ASL_ASYNC asl::Task<Money> operator+(Money a, Money b) {
  return asl::start<operator_plus_machine>(a, b);
}

inline void operator_plus_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 34)
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

      builder_.set_result(Money{a.cents + b.cents});
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

// The state machine of run(), line 38. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'handler' may be kept
  // (line 40).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<Money> awaiter2_;
  };
  union {
    const Handler handler;
  };
  int first;
  union {
    Table table;
  };
  int cell;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
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
    default:
      break;
    }
    {
      ::new (asl::place(handler)) const Handler{10};

      // co_await handler(3) (line 40)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{handler(3)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      first = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      ::new (asl::place(table)) Table;

      // co_await table[2] (line 42)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{table[2]};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      cell = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await (Money{150} + Money{275}) (line 43)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<Money>{(Money{150} + Money{275})};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      Money sum = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("first %d, cell %d, sum %ld\n", first, cell, sum.cents);
      builder_.set_result(first + cell);
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
