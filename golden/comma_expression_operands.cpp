// Checks comma expressions pasted where one operand is expected: the operand
// of co_return (`co_return note(), co_await p;`), an overloaded comma's
// result saved before a later await (`(acc, co_await a, co_await b)`), and
// a comma expression as the middle operand of ?: whose other operand
// awaits. Each is parenthesized where the lowering pastes it. Found by the
// probe (co_return_comma_expression, overloaded_comma_operand_spill).
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

static void note() { std::puts("  note"); }

struct Acc {
  int v = 0;
  Acc &operator,(int x) {
    std::printf("  comma %d\n", x);
    v += x;
    return *this;
  }
};

// The state machine of returned(), line 34. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct returned_machine {
  returned_machine() {}
  ~returned_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause>;

  asl::task_builder<int> builder_;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> returned() { return asl::start<returned_machine>(); }

inline void returned_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      note();
      // co_await Pause{7} (line 34)
      ::new (asl::place(awaiter0_)) Pause(Pause{7});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result((void(), awaiter0_.await_resume()));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of overloaded(), line 36. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct overloaded_machine {
  overloaded_machine() {}
  ~overloaded_machine() {}

  // Built in its heap box from the start: the address of 'acc' may be kept
  // (line 38).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Acc *spill0_;
  };
  union {
    Acc acc;
  };
  union {
    Pause awaiter0_;
  };
  union {
    Pause awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> overloaded() {
  return asl::start<overloaded_machine>();
}

inline void overloaded_machine::move_next() {
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
      ::new (asl::place(acc)) Acc;

      // co_await Pause{1} (line 38)
      ::new (asl::place(awaiter0_)) Pause(Pause{1});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = std::addressof((acc, awaiter0_.await_resume()));
      // co_await Pause{2} (line 38)
      ::new (asl::place(awaiter1_)) Pause(Pause{2});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ((*spill0_), awaiter1_.await_resume());

      builder_.set_result(acc.v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of middle(), line 42. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct middle_machine {
  explicit middle_machine(bool &k) : k(std::move(k)) {}
  ~middle_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, bool, int>;

  asl::task_builder<int> builder_;
  int x;
  union {
    Pause awaiter0_;
  };
  bool k;
  union {
    bool condition0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> middle(bool k) {
  return asl::start<middle_machine>(k);
}

inline void middle_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      x = 0;

      condition0_ = k;
      if (!condition0_) {
        // co_await Pause{9} (line 44)
        ::new (asl::place(awaiter0_)) Pause(Pause{9});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      int y = condition0_ ? x = 4, x + 1 : awaiter0_.await_resume();

      builder_.set_result(std::move(y));
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
    auto next = std::move(pending);
    next();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("returned %d\n", drive(returned()));
  std::printf("overloaded %d\n", drive(overloaded()));
  std::printf("middle %d %d\n", drive(middle(true)), drive(middle(false)));
}
