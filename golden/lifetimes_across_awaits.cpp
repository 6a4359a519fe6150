// Checks that locals live across awaits and die exactly where their scope
// ends: at a block's end, on an early co_return from a loop, on a break, and
// when an exception leaves a scope and then the whole function.
#include <asl/task.h>

#include <deque>
#include <functional>
#include <iostream>
#include <stdexcept>
#include <string>

class Tracer {
public:
  explicit Tracer(std::string name) : name_(std::move(name)) {
    std::cout << "  + " << name_ << "\n";
  }
  Tracer(const Tracer &) = delete;
  Tracer &operator=(const Tracer &) = delete;
  ~Tracer() { std::cout << "  - " << name_ << "\n"; }

private:
  std::string name_;
};

class RunLoop {
public:
  struct Yield {
    RunLoop *loop;
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      loop->queue_.push_back([h] { h.resume(); });
    }
    void await_resume() const {}
  };

  Yield yield() { return Yield{this}; }
  void run() {
    for (int turn = 1; !queue_.empty(); ++turn) {
      std::cout << "turn " << turn << "\n";
      std::function<void()> next = std::move(queue_.front());
      queue_.pop_front();
      next();
    }
  }

private:
  std::deque<std::function<void()>> queue_;
};

// The state machine of nested_scopes(), line 50. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct nested_scopes_machine {
  explicit nested_scopes_machine(RunLoop &loop) : loop(loop) {}
  ~nested_scopes_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<RunLoop::Yield, Tracer>;

  asl::task_builder<void> builder_;
  RunLoop &loop;
  union {
    Tracer outer;
  };
  union {
    Tracer inner;
  };
  union {
    Tracer after;
  };
  union {
    RunLoop::Yield awaiter0_;
    RunLoop::Yield awaiter1_;
  };
  int state_ = -1;
  bool outer_live_ = false;
  bool inner_live_ = false;
  bool after_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(after, after_live_);
    asl::destroy(inner, inner_live_);
    asl::destroy(outer, outer_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> nested_scopes(RunLoop &loop) {
  return asl::start<nested_scopes_machine>(loop);
}

inline void nested_scopes_machine::move_next() {
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
      ::new (asl::place(outer)) Tracer("outer");
      outer_live_ = true;

      {
        ::new (asl::place(inner)) Tracer("inner");
        inner_live_ = true;

        // co_await loop.yield() (line 54)
        ::new (asl::place(awaiter0_)) RunLoop::Yield(loop.yield());
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

        asl::destroy(inner, inner_live_);
      }
      ::new (asl::place(after)) Tracer("after");
      after_live_ = true;

      // co_await loop.yield() (line 57)
      ::new (asl::place(awaiter1_)) RunLoop::Yield(loop.yield());
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      asl::destroy(after, after_live_);
      asl::destroy(outer, outer_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of find_slot(), line 60. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct find_slot_machine {
  find_slot_machine(RunLoop &loop, int &wanted)
      : loop(loop), wanted(std::move(wanted)) {}
  ~find_slot_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<RunLoop::Yield, Tracer, int>;

  asl::task_builder<int> builder_;
  RunLoop &loop;
  union {
    Tracer scan;
  };
  union {
    Tracer probe;
  };
  union {
    RunLoop::Yield awaiter0_;
  };
  int wanted;
  int i;
  int state_ = -1;
  bool scan_live_ = false;
  bool probe_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(probe, probe_live_);
    asl::destroy(scan, scan_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> find_slot(RunLoop &loop, int wanted) {
  return asl::start<find_slot_machine>(loop, wanted);
}

inline void find_slot_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(scan)) Tracer("scan");
      scan_live_ = true;

      for (i = 0; i < 5; ++i) {
        ::new (asl::place(probe)) Tracer("probe " + std::to_string(i));
        probe_live_ = true;

        // co_await loop.yield() (line 64)
        ::new (asl::place(awaiter0_)) RunLoop::Yield(loop.yield());
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

        if (i == wanted) {
          builder_.set_result(std::move(i));
          asl::destroy(probe, probe_live_);
          asl::destroy(scan, scan_live_);
          unwind_.release();
          goto finish_;
        }

        asl::destroy(probe, probe_live_);
      }
      builder_.set_result(-1);
      asl::destroy(scan, scan_live_);
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

// The state machine of drain_batches(), line 71. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct drain_batches_machine {
  explicit drain_batches_machine(RunLoop &loop) : loop(loop) {}
  ~drain_batches_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<RunLoop::Yield, Tracer, int>;

  asl::task_builder<int> builder_;
  RunLoop &loop;
  union {
    Tracer session;
  };
  union {
    Tracer batch;
  };
  union {
    Tracer summary;
  };
  union {
    RunLoop::Yield awaiter0_;
  };
  int n;
  int state_ = -1;
  bool session_live_ = false;
  bool batch_live_ = false;
  bool summary_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(summary, summary_live_);
    asl::destroy(batch, batch_live_);
    asl::destroy(session, session_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> drain_batches(RunLoop &loop) {
  return asl::start<drain_batches_machine>(loop);
}

inline void drain_batches_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(session)) Tracer("session");
      session_live_ = true;

      n = 0;

      while (true) {
        ::new (asl::place(batch)) Tracer("batch " + std::to_string(n));
        batch_live_ = true;

        // co_await loop.yield() (line 76)
        ::new (asl::place(awaiter0_)) RunLoop::Yield(loop.yield());
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

        if (n == 1) {
          asl::destroy(batch, batch_live_);
          break;
        }

        ++n;
        asl::destroy(batch, batch_live_);
      }
      ::new (asl::place(summary)) Tracer("summary");
      summary_live_ = true;

      builder_.set_result(n + 1);
      asl::destroy(summary, summary_live_);
      asl::destroy(session, session_live_);
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

// The state machine of failing_write(), line 85. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct failing_write_machine {
  explicit failing_write_machine(RunLoop &loop) : loop(loop) {}
  ~failing_write_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<RunLoop::Yield, Tracer> &&
      !asl::usually_suspends<RunLoop::Yield>;

  asl::task_builder<void> builder_;
  RunLoop &loop;
  union {
    Tracer file;
  };
  union {
    Tracer buffer;
  };
  union {
    RunLoop::Yield awaiter0_;
    RunLoop::Yield awaiter1_;
  };
  int state_ = -1;
  bool file_live_ = false;
  bool buffer_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(buffer, buffer_live_);
    asl::destroy(file, file_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> failing_write(RunLoop &loop) {
  return asl::start<failing_write_machine>(loop);
}

inline void failing_write_machine::move_next() {
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
      ::new (asl::place(file)) Tracer("file handle");
      file_live_ = true;

      // co_await loop.yield() (line 87)
      ::new (asl::place(awaiter0_)) RunLoop::Yield(loop.yield());
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

      {
        ::new (asl::place(buffer)) Tracer("write buffer");
        buffer_live_ = true;

        // co_await loop.yield() (line 90)
        ::new (asl::place(awaiter1_)) RunLoop::Yield(loop.yield());
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          unwind_.release();
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter1_.await_resume();

        throw std::runtime_error("disk full");
      }
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of run_all(), line 95. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct run_all_machine {
  explicit run_all_machine(RunLoop &loop) : loop(loop) {}
  ~run_all_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Tracer, asl::task_awaiter<int>, asl::task_awaiter<void>,
                       int> &&
      !asl::usually_suspends<asl::task_awaiter<void>>;

  asl::task_builder<int> builder_;
  RunLoop &loop;
  union {
    Tracer all;
  };
  union {
    Tracer attempt;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<void> awaiter3_;
  };
  int slot;
  int batches;
  int state_ = -1;
  bool all_live_ = false;
  bool attempt_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(attempt, attempt_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(all, all_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run_all(RunLoop &loop) {
  return asl::start<run_all_machine>(loop);
}

inline void run_all_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(all)) Tracer("run_all");
      all_live_ = true;

      // co_await nested_scopes(loop) (line 97)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<void>{nested_scopes(loop)};
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
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await find_slot(loop, 1) (line 98)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{find_slot(loop, 1)};
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
      slot = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await drain_batches(loop) (line 99)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{drain_batches(loop)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      batches = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter3_, awaiter3_live_);
          asl::destroy(attempt, attempt_live_);
        });
        switch (state_) {
        case 3:
          goto resume3_;
        default:
          break;
        }

        ::new (asl::place(attempt)) Tracer("attempt");
        attempt_live_ = true;

        // co_await failing_write(loop) (line 102)
        ::new (asl::place(awaiter3_))
            asl::task_awaiter<void>{failing_write(loop)};
        awaiter3_live_ = true;
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          unwind_.release();
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter3_.await_resume();
        asl::destroy(awaiter3_, awaiter3_live_);

        std::cout << "not reached\n";
        asl::destroy(attempt, attempt_live_);
      } catch (const std::runtime_error &e) {
        std::cout << "caught: " << e.what() << "\n";
      }
      builder_.set_result(slot + batches);
      asl::destroy(all, all_live_);
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
  RunLoop loop;
  asl::Task<int> all = run_all(loop);
  std::cout << "main runs the loop\n";
  loop.run();
  std::cout << "result " << asl::sync_wait(std::move(all)) << "\n";
}
