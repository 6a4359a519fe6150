// (Found by probe4: the machine moved off the stack under the awaiter.)
// An awaitable operation object whose awaiter points back at it (the
// cppcoro pattern: the result is written into the operation, the awaiter
// reads it from there). The operation is a temporary of the co_await
// full-expression; natively it sits in the coroutine frame and never moves.
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <functional>

static std::deque<std::function<void()>> completions;

struct ReadOp {
  int fd;
  int result = 0;
  struct Awaiter {
    ReadOp *op;
    bool await_ready() const noexcept { return false; }
    template <class H> void await_suspend(H h) {
      ReadOp *o = op;
      completions.push_back([o, h] {
        o->result = o->fd * 10; // the "kernel" completes into the op
        h.resume();
      });
    }
    int await_resume() const noexcept { return op->result; }
  };
  Awaiter get_awaiter() & { return Awaiter{this}; }
  Awaiter get_awaiter() && { return Awaiter{this}; }
#if __cpp_impl_coroutine
  Awaiter operator co_await() & { return get_awaiter(); }
  Awaiter operator co_await() && { return get_awaiter(); }
#endif
};

// The state machine of read_all(), line 36. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct read_all_machine {
  read_all_machine() {}
  ~read_all_machine() {}

  // Built in its heap box from the start: the awaiter of the co_await at line
  // 37 may point into its operand, which the machine keeps.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    ReadOp::Awaiter awaiter0_;
    ReadOp::Awaiter awaiter1_;
  };
  int a;
  union {
    ReadOp awaitable0_;
    ReadOp awaitable1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> read_all() { return asl::start<read_all_machine>(); }

inline void read_all_machine::move_next() {
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
      ::new (asl::place(awaitable0_)) ReadOp(ReadOp{3});
      // co_await ReadOp{3} (line 37)
      ::new (asl::place(awaiter0_))
          ReadOp::Awaiter(asl::get_awaiter(std::move(awaitable0_)));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter0_.await_resume();

      ::new (asl::place(awaitable1_)) ReadOp(ReadOp{4});
      // co_await ReadOp{4} (line 38)
      ::new (asl::place(awaiter1_))
          ReadOp::Awaiter(asl::get_awaiter(std::move(awaitable1_)));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int b = awaiter1_.await_resume();

      builder_.set_result(a + b);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  asl::Task<int> t = read_all();
  while (!completions.empty()) {
    auto f = std::move(completions.front());
    completions.pop_front();
    f();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
