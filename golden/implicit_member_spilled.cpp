// Checks operands saved before an await in an async member function whose
// text begins with an implicit member access (`base` meaning this->base,
// `get()` meaning this->get()). The `this_->` the lowering adds must be
// replaced with the rest of the operand when the operand is saved (found by
// the probe, implicit_member_first_operand: the output read
// `this_->spiawaiter0_.await_resume()`).
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending;

struct Pause {
  int value;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};

static int g(int a, int b) { return a * 100 + b; }

struct Counter {
  int base = 10;
  int get() {
    std::printf("get %d\n", base);
    return base;
  }
  struct sum_machine;
  ASL_ASYNC asl::Task<int> sum(int x);
  struct local_machine;
  ASL_ASYNC asl::Task<int> local(int x);
  struct argument_machine;
  ASL_ASYNC asl::Task<int> argument(int x);
  struct call_machine;
  ASL_ASYNC asl::Task<int> call();
};

// The state machine of Counter::sum(), line 31. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Counter::sum_machine {
  sum_machine(Counter *this_, int &x) : this_(this_), x(std::move(x)) {}
  ~sum_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, int>;

  asl::task_builder<int> builder_;
  Counter *this_;
  int x;
  union {
    int spill0_;
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Counter::sum(int x) {
  return asl::start<sum_machine>(this, x);
}

inline void Counter::sum_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      spill0_ = this_->base + x;
      // co_await Pause{1} (line 32)
      ::new (asl::place(awaiter0_)) Pause(Pause{1});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill0_ + awaiter0_.await_resume());
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Counter::local(), line 34. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Counter::local_machine {
  local_machine(Counter *this_, int &x) : this_(this_), x(std::move(x)) {}
  ~local_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, int>;

  asl::task_builder<int> builder_;
  Counter *this_;
  int x;
  union {
    int spill0_;
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Counter::local(int x) {
  return asl::start<local_machine>(this, x);
}

inline void Counter::local_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      spill0_ = this_->base + x;
      // co_await Pause{2} (line 35)
      ::new (asl::place(awaiter0_)) Pause(Pause{2});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int r = spill0_ + awaiter0_.await_resume();

      builder_.set_result(std::move(r));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Counter::argument(), line 38. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct Counter::argument_machine {
  argument_machine(Counter *this_, int &x) : this_(this_), x(std::move(x)) {}
  ~argument_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, int>;

  asl::task_builder<int> builder_;
  Counter *this_;
  int x;
  union {
    int spill0_;
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Counter::argument(int x) {
  return asl::start<argument_machine>(this, x);
}

inline void Counter::argument_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      spill0_ = this_->base + x;
      // co_await Pause{3} (line 39)
      ::new (asl::place(awaiter0_)) Pause(Pause{3});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(g(spill0_, awaiter0_.await_resume()));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Counter::call(), line 41. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Counter::call_machine {
  explicit call_machine(Counter *this_) : this_(this_) {}
  ~call_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, int>;

  asl::task_builder<int> builder_;
  Counter *this_;
  int r;
  union {
    int spill0_;
    int spill1_;
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Counter::call() { return asl::start<call_machine>(this); }

inline void Counter::call_machine::move_next() {
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
      spill0_ = this_->get() * 2;
      // co_await Pause{4} (line 42)
      ::new (asl::place(awaiter0_)) Pause(Pause{4});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = spill0_ + awaiter0_.await_resume();

      this_->base = 20;
      spill1_ = this_->get();
      // co_await Pause{5} (line 44)
      ::new (asl::place(awaiter1_)) Pause(Pause{5});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r += spill1_ + awaiter1_.await_resume();

      builder_.set_result(std::move(r));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

static int drive(asl::Task<int> t) {
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  Counter k;
  std::printf("%d\n", drive(k.sum(1)));
  std::printf("%d\n", drive(k.local(2)));
  std::printf("%d\n", drive(k.argument(3)));
  std::printf("%d\n", drive(k.call()));
}
