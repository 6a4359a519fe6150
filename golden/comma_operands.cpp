// Checks comma expressions where the lowering pastes an expression as an
// operand: a condition computed into a field (while, if, switch, do, for),
// co_return's value (with and without an await), and a range-based for's
// range. The comma's left operand runs first and the right one is the
// value, as natively; pasted bare after `=` or as a call's argument, the
// comma would bind the wrong way.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 0; }
};

static int steps = 0;
static int step() { return ++steps; }

// The state machine of conditions(), line 26. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct conditions_machine {
  conditions_machine() {}
  ~conditions_machine() {}

  // Built in its heap box from the start: the address of 'i' may be kept (line
  // 34).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int i;
  int k;
  union {
    bool condition4_;
    bool condition3_;
    int condition2_;
    bool condition1_;
    bool condition0_;
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
    Pause awaiter3_;
    Pause awaiter4_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> conditions() {
  return asl::start<conditions_machine>();
}

inline void conditions_machine::move_next() {
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
      i = 0;

      for (;;) {
        // co_await Pause{} (line 28)
        ::new (asl::place(awaiter0_)) Pause(Pause{});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition4_ = (awaiter0_.await_resume(), i < 3);
        if (!condition4_)
          break;
        {
          std::printf("  i=%d\n", i);
          ++i;
        }
      }

      {
        // co_await Pause{} (line 32)
        ::new (asl::place(awaiter1_)) Pause(Pause{});
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition3_ = (awaiter1_.await_resume(), i == 3);
        if (condition3_)
          std::puts("  if taken");
      }

      {
        // co_await Pause{} (line 34)
        ::new (asl::place(awaiter2_)) Pause(Pause{});
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition2_ = (awaiter2_.await_resume(), i);
        switch (condition2_) {
        case 3:
          std::puts("  case 3");
          break;
        default:
          std::puts("  default");
          break;
        }
      }

      for (;;) {
        ++i;
        // co_await Pause{} (line 44)
        ::new (asl::place(awaiter3_)) Pause(Pause{});
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition1_ = (awaiter3_.await_resume(), i < 5);
        if (!condition1_)
          break;
      }

      {
        k = 0;
        for (;;) {
          // co_await Pause{} (line 45)
          ::new (asl::place(awaiter4_)) Pause(Pause{});
          if (!awaiter4_.await_ready()) {
            state_ = 4;
            builder_.await_on_completed(awaiter4_, *this);
            return;
          resume4_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          condition0_ = (awaiter4_.await_resume(), k < 2);
          if (!condition0_)
            break;
          std::printf("  k=%d\n", k);
          ++k;
        }
      }

      builder_.set_result(std::move(i));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of returned(), line 50. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct returned_machine {
  returned_machine() {}
  ~returned_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause> && !asl::usually_suspends<Pause>;

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
      // co_await Pause{} (line 51)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result((step(), 40 + steps));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The comma's left operand runs before the await in the right one.
// The state machine of returned_await(), line 56. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct returned_await_machine {
  returned_await_machine() {}
  ~returned_await_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, int>;

  asl::task_builder<int> builder_;
  union {
    int spill0_;
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> returned_await() {
  return asl::start<returned_await_machine>();
}

inline void returned_await_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      step();
      // co_await Pause{} (line 57)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      builder_.set_result((void(), spill0_ + steps));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of ranges(), line 60. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct ranges_machine {
  ranges_machine() {}
  ~ranges_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 63).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<int> v;
  };
  std::vector<int> *range_;
  union {
    std::vector<int>::iterator begin_;
  };
  union {
    std::vector<int>::iterator end_;
  };
  int sum;
  int x;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool v_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(v, v_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> ranges() { return asl::start<ranges_machine>(); }

inline void ranges_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(v)) std::vector<int>{7, 8};
      v_live_ = true;

      sum = 0;

      {
        range_ = std::addressof((step(), v));
        ::new (asl::place(begin_))
            std::vector<int>::iterator((*range_).begin());
        ::new (asl::place(end_)) std::vector<int>::iterator((*range_).end());
        for (; begin_ != end_; ++begin_) {
          x = *begin_;
          {
            // co_await Pause{} (line 64)
            ::new (asl::place(awaiter0_)) Pause(Pause{});
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              unwind_.release();
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter0_.await_resume();

            sum += x;
          }
        }
      }

      builder_.set_result(sum + steps);
      asl::destroy(v, v_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class T> T drive(asl::Task<T> t) {
  while (!t.is_ready()) {
    auto resume = std::move(pending);
    resume();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("conditions=%d\n", drive(conditions()));
  std::printf("returned=%d\n", drive(returned()));
  std::printf("returned_await=%d\n", drive(returned_await()));
  std::printf("ranges=%d\n", drive(ranges()));
}
