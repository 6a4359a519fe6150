// The operand of co_await, a temporary the awaiter is obtained from through
// get_awaiter() (operator co_await natively), lives to the end of its
// full-expression, after the resumption: an operation object whose awaiter
// points back at it (the asio and cppcoro pattern) is still alive when the
// awaiter completes into it. It is built in a field, with no copy or move
// (none is printed), destroyed after its awaiter where the full-expression
// ends, when the task is destroyed while suspended, and on exceptions.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <utility>

static std::function<void()> complete;

struct Op {
  int fd;
  int result = 0;
  explicit Op(int f) : fd(f) { std::printf("Op %d\n", fd); }
  Op(const Op &o) : fd(o.fd) { std::printf("copy Op %d\n", fd); }
  Op(Op &&o) noexcept : fd(o.fd) { std::printf("move Op %d\n", fd); }
  ~Op() { std::printf("~Op %d\n", fd); }
  struct Awaiter {
    Op *op;
    ~Awaiter() { std::printf("~Awaiter %d\n", op->fd); }
    bool await_ready() const noexcept { return false; }
    template <class H> void await_suspend(H h) {
      std::printf("suspend %d\n", op->fd);
      Op *o = op;
      complete = [o, h] {
        o->result = o->fd * 10;
        h.resume();
      };
    }
    int await_resume() const {
      std::printf("result %d\n", op->result);
      if (op->fd < 0)
        throw std::runtime_error("failed");
      return op->result;
    }
  };
  Awaiter get_awaiter() && { return Awaiter{this}; }
#if __cpp_impl_coroutine
  Awaiter operator co_await() && { return std::move(*this).get_awaiter(); }
#endif
};

Op make_op(int fd) { return Op(fd); }

struct Note {
  int n;
  ~Note() { std::printf("~Note %d\n", n); }
  int get() const { return n; }
};

// The state machine of read_all(), line 57. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct read_all_machine {
  read_all_machine() {}
  ~read_all_machine() { destroy_live(); }

  // Built in its heap box from the start: the awaiter of the co_await at line
  // 58 may point into its operand, which the machine keeps.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Op::Awaiter awaiter0_;
    int spill2_;
  };
  union {
    Op::Awaiter awaiter1_;
  };
  int v;
  union {
    Op awaitable0_;
    Note temporary1_;
  };
  union {
    Op awaitable3_;
  };
  int state_ = -1;
  bool awaitable0_live_ = false;
  bool temporary1_live_ = false;
  bool awaitable3_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaitable3_, awaitable3_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(awaitable0_, awaitable0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> read_all() { return asl::start<read_all_machine>(); }

inline void read_all_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(awaitable0_)) Op(Op{3});
      awaitable0_live_ = true;
      // co_await Op{3} (line 58)
      ::new (asl::place(awaiter0_))
          Op::Awaiter(asl::get_awaiter(std::move(awaitable0_)));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      v = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(awaitable0_, awaitable0_live_);

      std::printf("value %d\n", v);
      // A call's result, and with another temporary before it.
      ::new (asl::place(temporary1_)) Note(Note{1});
      temporary1_live_ = true;
      spill2_ = std::move(temporary1_).get();
      ::new (asl::place(awaitable3_)) Op(make_op(4));
      awaitable3_live_ = true;
      // co_await make_op(4) (line 61)
      ::new (asl::place(awaiter1_))
          Op::Awaiter(asl::get_awaiter(std::move(awaitable3_)));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      v += spill2_ + awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaitable3_, awaitable3_live_);
      asl::destroy(temporary1_, temporary1_live_);

      std::printf("value %d\n", v);
      builder_.set_result(std::move(v));
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

// The state machine of read_failing(), line 66. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct read_failing_machine {
  read_failing_machine() {}
  ~read_failing_machine() { destroy_live(); }

  // Built in its heap box from the start: the awaiter of the co_await at line
  // 68 may point into its operand, which the machine keeps.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Op::Awaiter awaiter0_;
  };
  union {
    Op awaitable0_;
  };
  int state_ = -1;
  bool awaitable0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(awaitable0_, awaitable0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> read_failing() {
  return asl::start<read_failing_machine>();
}

inline void read_failing_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(awaitable0_, awaitable0_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(awaitable0_)) Op(Op{-2});
        awaitable0_live_ = true;
        // co_await Op{-2} (line 68)
        ::new (asl::place(awaiter0_))
            Op::Awaiter(asl::get_awaiter(std::move(awaitable0_)));
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        int v = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
        asl::destroy(awaitable0_, awaitable0_live_);

        builder_.set_result(std::move(v));
        unwind_.release();
        goto finish_;

      } catch (const std::exception &e) {
        std::printf("caught %s\n", e.what());
      }
      builder_.set_result(0);
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

// The state machine of read_abandoned(), line 76. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct read_abandoned_machine {
  read_abandoned_machine() {}
  ~read_abandoned_machine() { destroy_live(); }

  // Built in its heap box from the start: the awaiter of the co_await at line
  // 77 may point into its operand, which the machine keeps.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Op::Awaiter awaiter0_;
  };
  union {
    Op awaitable0_;
  };
  int state_ = -1;
  bool awaitable0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(awaitable0_, awaitable0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> read_abandoned() {
  return asl::start<read_abandoned_machine>();
}

inline void read_abandoned_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(awaitable0_)) Op(Op{7});
      awaitable0_live_ = true;
      // co_await Op{7} (line 77)
      ::new (asl::place(awaiter0_))
          Op::Awaiter(asl::get_awaiter(std::move(awaitable0_)));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int v = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(awaitable0_, awaitable0_live_);

      builder_.set_result(std::move(v));
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

int main() {
  {
    asl::Task<int> t = read_all();
    complete();
    complete();
    std::printf("total %d\n", asl::sync_wait(std::move(t)));
  }
  {
    asl::Task<int> t = read_failing();
    complete();
    std::printf("failing %d\n", asl::sync_wait(std::move(t)));
  }
  {
    asl::Task<int> t = read_abandoned();
    std::printf("destroying\n");
  }
  complete = nullptr;
  std::printf("done\n");
}
