// Exceptions: one thrown before the first suspension is stored in the task
// (the call does not throw), exception_ptr kept across an await and
// rethrown later (C#'s await-in-finally emulation), propagation through
// several suspended levels with destructors at each, a catch and
// a nested rethrow_exception inside a try around an await, throwing from a
// loop condition's await.
#include <asl/task.h>

#include <cstdio>
#include <exception>
#include <stdexcept>
#include <string>

asl::Event ev;

struct Level {
  int n;
  explicit Level(int v) : n(v) { std::printf("  enter %d\n", n); }
  ~Level() { std::printf("  leave %d\n", n); }
};

struct Failure : std::runtime_error {
  int depth;
  Failure(const std::string &m, int d) : std::runtime_error(m), depth(d) {}
  Failure(const Failure &o) : std::runtime_error(o), depth(o.depth) { std::puts("  Failure copied"); }
};

// The state machine of eager_throw(), line 28. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct eager_throw_machine {
  eager_throw_machine() {}
  ~eager_throw_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<int> builder_;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> eager_throw() {
  return asl::start<eager_throw_machine>();
}

inline void eager_throw_machine::move_next() {
  try {
    {
      throw std::logic_error("before any await");
      builder_.set_result(0);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of dive(), line 33. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct dive_machine {
  explicit dive_machine(int &depth) : depth(std::move(depth)) {}
  ~dive_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Level, asl::event_awaiter, asl::task_awaiter<int>,
                       int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int depth;
  union {
    Level l;
  };
  int state_ = -1;
  bool l_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(l, l_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> dive(int depth) {
  return asl::start<dive_machine>(depth);
}

inline void dive_machine::move_next() {
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
      ::new (asl::place(l)) Level(depth);
      l_live_ = true;

      // co_await ev (line 35)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      if (depth == 0)
        throw Failure("bottom", depth);
      // co_await dive(depth - 1) (line 38)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{dive(depth - 1)};
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
      int r = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(r + 1);
      asl::destroy(l, l_live_);
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

// The state machine of cleanup(), line 42. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct cleanup_machine {
  explicit cleanup_machine(const char *&what) : what(std::move(what)) {}
  ~cleanup_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, const char *> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<void> builder_;
  const char *what;
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

ASL_ASYNC asl::Task<void> cleanup(const char *what) {
  return asl::start<cleanup_machine>(what);
}

inline void cleanup_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 43)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      std::printf("  async cleanup %s\n", what);
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of with_finally(), line 47. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct with_finally_machine {
  explicit with_finally_machine(int &depth) : depth(std::move(depth)) {}
  ~with_finally_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'err' may be kept
  // (line 53).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::__exception_ptr::exception_ptr err;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<void> awaiter1_;
  };
  int depth;
  int result;
  int state_ = -1;
  bool err_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(err, err_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> with_finally(int depth) {
  return asl::start<with_finally_machine>(depth);
}

inline void with_finally_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(err)) std::__exception_ptr::exception_ptr;
      err_live_ = true;

      result = -1;

    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await dive(depth) (line 51)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{dive(depth)};
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
        result = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

      } catch (...) {
        asl::destroy(awaiter0_, awaiter0_live_);

        err = std::current_exception();
      }
      // co_await cleanup("finally") (line 55)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{cleanup("finally")};
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
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      if (err)
        std::rethrow_exception(err);
      builder_.set_result(std::move(result));
      asl::destroy(err, err_live_);
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

int budget = 3;
// The state machine of more(), line 62. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct more_machine {
  more_machine() {}
  ~more_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<bool> builder_;
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

ASL_ASYNC asl::Task<bool> more() { return asl::start<more_machine>(); }

inline void more_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 63)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      if (--budget < 0)
        throw std::out_of_range("budget");
      builder_.set_result(true);
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

// The state machine of run(), line 69. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'saved' may be kept
  // (line 81).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::__exception_ptr::exception_ptr saved;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::event_awaiter awaiter2_;
    bool condition0_;
  };
  union {
    asl::task_awaiter<bool> awaiter3_;
  };
  int caught;
  union {
    Level l;
  };
  int loops;
  int state_ = -1;
  bool saved_live_ = false;
  bool l_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(l, l_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(saved, saved_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto try1_;
    case 2:
      goto try2_;
    case 3:
      goto try3_;
    default:
      break;
    }
    {
      caught = 0;

    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await with_finally(2) (line 72)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{with_finally(2)};
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

      } catch (Failure &f) {
        asl::destroy(awaiter0_, awaiter0_live_);

        std::printf("  caught %s depth %d\n", f.what(), f.depth);
        ++caught;
      }
      ::new (asl::place(saved)) std::__exception_ptr::exception_ptr;
      saved_live_ = true;

    try1_:
      try {
        switch (state_) {
        case 1:
          goto resume1_;
        default:
          break;
        }

        // co_await eager_throw() (line 79)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{eager_throw()};
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
        awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);

      } catch (...) {
        asl::destroy(awaiter1_, awaiter1_live_);

        saved = std::current_exception();
      }
    try2_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter2_, awaiter2_live_);
          asl::destroy(l, l_live_);
        });
        switch (state_) {
        case 2:
          goto resume2_;
        default:
          break;
        }

        ::new (asl::place(l)) Level(99);
        l_live_ = true;

        // co_await ev (line 85)
        ::new (asl::place(awaiter2_)) asl::event_awaiter(asl::get_awaiter(ev));
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
        awaiter2_.await_resume();
        asl::destroy(awaiter2_, awaiter2_live_);

        std::rethrow_exception(saved);
      } catch (const std::logic_error &e) {
        std::printf("  rethrown %s\n", e.what());
        ++caught;
      }
      loops = 0;

    try3_:
      try {
        switch (state_) {
        case 3:
          goto resume3_;
        default:
          break;
        }

        for (;;) {
          // co_await more() (line 93)
          ::new (asl::place(awaiter3_)) asl::task_awaiter<bool>{more()};
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
          condition0_ = awaiter3_.await_resume();
          asl::destroy(awaiter3_, awaiter3_live_);
          if (!condition0_)
            break;
          ++loops;
        }

      } catch (const std::out_of_range &e) {
        asl::destroy(awaiter3_, awaiter3_live_);

        std::printf("  loop ended by %s after %d\n", e.what(), loops);
        ++caught;
      }
      builder_.set_result(std::move(caught));
      asl::destroy(saved, saved_live_);
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
  asl::Task<int> e;
  try {
    e = eager_throw();
    std::printf("call did not throw, ready=%d\n", (int)e.is_ready());
  } catch (...) {
    std::puts("call threw");
  }
  asl::Task<int> t = run();
  int rounds = 0;
  while (!t.is_ready()) {
    ++rounds;
    ev.set();
    ev.reset();
  }
  std::printf("rounds %d caught %d\n", rounds, asl::sync_wait(std::move(t)));
}
