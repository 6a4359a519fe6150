// Checks that an exception leaving the scope of a local that lives across an
// await destroys it during stack unwinding, as natively: its destructor sees
// std::uncaught_exceptions() == 1 (C++17's commit-or-roll-back scope guard),
// and the locals of each scope die in reverse declaration order, lifted or
// not. Shapes: an exception leaving the function, or caught by a handler of
// its own try block (nested tries, a handler that does not match, a
// rethrow from a handler, tries in a loop), after no suspension and after
// one or more; a temporary of the throwing full-expression; an exception
// from await_suspend; a machine that starts on the stack and moves at its
// first suspension; a task held in a local, destroyed with its coroutine
// suspended; try blocks and functions holding only the runtime's awaiters
// (which get no guard). The normal ways out (end of scope, break, continue,
// co_return inside nested tries, a task destroyed while suspended inside a
// try) still see 0.
#include <asl/task.h>

#include <cstdio>
#include <exception>
#include <functional>
#include <stdexcept>

static std::function<void()> pending; // resumes the one suspended task

// Suspends unless `ready`; resumed by the loop in main().
struct Pause {
  bool ready = false;
  bool await_ready() { return ready; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

// Its await_suspend throws.
struct Refuse {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle) {
    throw std::runtime_error("refused");
  }
  void await_resume() {}
};

// Commits on a normal exit, rolls back when an exception unwinds it.
struct Tx {
  const char *name;
  ~Tx() {
    std::printf("  %s: %s\n", name,
                std::uncaught_exceptions() ? "roll back" : "commit");
  }
};

// Holds no pointer into itself: a machine of these moves to the heap at its
// first suspension.
struct Flat {
  int id;
  ~Flat() { std::printf("  flat %d: %d\n", id, std::uncaught_exceptions()); }
};
template <> struct asl::is_relocatable<Flat> : std::true_type {};

int use(const Tx &, int v) { return v; }

// The state machine of value(), line 62. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct value_machine {
  value_machine(int &v, bool &fail) : v(std::move(v)), fail(std::move(fail)) {}
  ~value_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause, Tx, bool, int> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  union {
    Tx t;
  };
  int v;
  bool fail;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool t_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(t, t_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> value(int v, bool fail) {
  return asl::start<value_machine>(v, fail);
}

inline void value_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(t)) Tx{"value"};
      t_live_ = true;

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

      if (fail)
        throw std::runtime_error("value failed");
      builder_.set_result(std::move(v));
      asl::destroy(t, t_live_);
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

// Leaves the function: nested scopes, lifted locals and ones left alone (in
// an inner block, and a closure after a lifted local), after `suspends`
// suspensions.
// The state machine of leaves(), line 73. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct leaves_machine {
  explicit leaves_machine(int &suspends) : suspends(std::move(suspends)) {}
  ~leaves_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, Tx, int>;

  asl::task_builder<int> builder_;
  union {
    Tx a;
  };
  union {
    Tx b;
  };
  union {
    Tx c;
  };
  union {
    Tx d;
  };
  int suspends;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;
  bool c_live_ = false;
  bool d_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(d, d_live_);
    asl::destroy(c, c_live_);
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> leaves(int suspends) {
  return asl::start<leaves_machine>(suspends);
}

inline void leaves_machine::move_next() {
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
      ::new (asl::place(a)) Tx{"leaves a"};
      a_live_ = true;

      {
        ::new (asl::place(b)) Tx{"leaves b"};
        b_live_ = true;

        // co_await Pause{suspends < 1} (line 77)
        ::new (asl::place(awaiter0_)) Pause(Pause{suspends < 1});
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

        ::new (asl::place(c)) Tx{"leaves c"};
        c_live_ = true;

        {
          ::new (asl::place(d)) Tx{"leaves d"};
          d_live_ = true;

          // co_await Pause{suspends < 2} (line 81)
          ::new (asl::place(awaiter1_)) Pause(Pause{suspends < 2});
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

          auto f = [t = Tx{"leaves closure"}] { return t.name; };
          {
            Tx e{"leaves e, inner block"};
            throw std::runtime_error(f());
          }
        }
      }
      builder_.set_result(0);
      asl::destroy(a, a_live_);
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

// Caught by the function's own handlers; `outer` lives on.
// The state machine of caught(), line 93. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct caught_machine {
  explicit caught_machine(int &suspends) : suspends(std::move(suspends)) {}
  ~caught_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, Tx, int>;

  asl::task_builder<int> builder_;
  union {
    Tx outer;
  };
  union {
    Tx a;
  };
  union {
    Tx b;
  };
  union {
    Tx c;
  };
  union {
    Tx d;
  };
  int suspends;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
  };
  int state_ = -1;
  bool outer_live_ = false;
  bool a_live_ = false;
  bool b_live_ = false;
  bool c_live_ = false;
  bool d_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(d, d_live_);
    asl::destroy(c, c_live_);
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
    asl::destroy(outer, outer_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> caught(int suspends) {
  return asl::start<caught_machine>(suspends);
}

inline void caught_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
    case 1:
      goto try0_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      ::new (asl::place(outer)) Tx{"caught outer"};
      outer_live_ = true;

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(d, d_live_);
          asl::destroy(c, c_live_);
          asl::destroy(b, b_live_);
          asl::destroy(a, a_live_);
        });
        switch (state_) {
        case 0:
        case 1:
          goto try1_;
        default:
          break;
        }

        ::new (asl::place(a)) Tx{"caught a"};
        a_live_ = true;

      try1_:
        try {
          asl::try_unwind_guard unwind_try_(unwind_, [&] {
            asl::destroy(d, d_live_);
            asl::destroy(c, c_live_);
            asl::destroy(b, b_live_);
          });
          switch (state_) {
          case 0:
            goto resume0_;
          case 1:
            goto resume1_;
          default:
            break;
          }

          ::new (asl::place(b)) Tx{"caught b"};
          b_live_ = true;

          // co_await Pause{suspends < 1} (line 99)
          ::new (asl::place(awaiter0_)) Pause(Pause{suspends < 1});
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
            ::new (asl::place(c)) Tx{"caught c"};
            c_live_ = true;

            // co_await Pause{suspends < 2} (line 102)
            ::new (asl::place(awaiter1_)) Pause(Pause{suspends < 2});
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

            ::new (asl::place(d)) Tx{"caught d"};
            d_live_ = true;

            {
              Tx e{"caught e, inner block"};
              throw std::runtime_error("caught");
            }
          }
        } catch (const std::logic_error &) {
          std::puts("  wrong handler");
        }
        asl::destroy(a, a_live_);
      } catch (const std::exception &e) {
        std::printf("  handler: %s, uncaught %d\n", e.what(),
                    std::uncaught_exceptions());
      }
      // co_await Pause{suspends < 1} (line 116)
      ::new (asl::place(awaiter2_)) Pause(Pause{suspends < 1});
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

      builder_.set_result(1);
      asl::destroy(outer, outer_live_);
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

// A handler that declares a local and rethrows; the outer handler catches.
// The state machine of rethrows(), line 121. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct rethrows_machine {
  rethrows_machine() {}
  ~rethrows_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, Tx>;

  asl::task_builder<int> builder_;
  union {
    Tx a;
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool a_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(a, a_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> rethrows() { return asl::start<rethrows_machine>(); }

inline void rethrows_machine::move_next() {
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
        asl::try_unwind_guard unwind_try_(unwind_,
                                          [&] { asl::destroy(a, a_live_); });
        switch (state_) {
        case 0:
          goto try1_;
        default:
          break;
        }

      try1_:
        try {
          asl::try_unwind_guard unwind_try_(unwind_,
                                            [&] { asl::destroy(a, a_live_); });
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }

          ::new (asl::place(a)) Tx{"rethrows a"};
          a_live_ = true;

          // co_await Pause{} (line 125)
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

          throw std::runtime_error("first");
        } catch (const std::exception &) {
          Tx h{"rethrows handler local"};
          throw;
        }
      } catch (const std::exception &e) {
        std::printf("  outer handler: %s\n", e.what());
      }
      builder_.set_result(2);
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

// The awaited task throws: the temporary of the full-expression and the
// awaiter die, then the locals.
// The state machine of temporary(), line 139. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct temporary_machine {
  temporary_machine() {}
  ~temporary_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 143).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Tx a;
  };
  union {
    Tx b;
  };
  union {
    Tx temporary0_;
    Tx temporary1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> temporary() { return asl::start<temporary_machine>(); }

inline void temporary_machine::move_next() {
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
      ::new (asl::place(a)) Tx{"temporary a"};
      a_live_ = true;

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(temporary0_, temporary0_live_);
          asl::destroy(b, b_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(b)) Tx{"temporary b"};
        b_live_ = true;

        ::new (asl::place(temporary0_)) Tx(Tx{"temporary tmp"});
        temporary0_live_ = true;
        // co_await value(3, true) (line 143)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{value(3, true)};
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
        int v = use(temporary0_, awaiter0_.await_resume());
        asl::destroy(awaiter0_, awaiter0_live_);
        asl::destroy(temporary0_, temporary0_live_);

        std::printf("  never %d\n", v);
        asl::destroy(b, b_live_);
      } catch (const std::exception &e) {
        std::printf("  handler: %s\n", e.what());
      }
      ::new (asl::place(temporary1_)) Tx(Tx{"temporary tmp2"});
      temporary1_live_ = true;
      // co_await value(4, true) (line 148)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{value(4, true)};
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
      int w = use(temporary1_, awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary1_, temporary1_live_);

      builder_.set_result(std::move(w));
      asl::destroy(a, a_live_);
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

// The state machine of refused(), line 152. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct refused_machine {
  refused_machine() {}
  ~refused_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Refuse, Tx> && !asl::usually_suspends<Refuse>;

  asl::task_builder<int> builder_;
  union {
    Tx a;
  };
  union {
    Refuse awaiter0_;
  };
  int state_ = -1;
  bool a_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(a, a_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> refused() { return asl::start<refused_machine>(); }

inline void refused_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(a)) Tx{"refused a"};
      a_live_ = true;

      // co_await Refuse{} (line 154)
      ::new (asl::place(awaiter0_)) Refuse(Refuse{});
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

      builder_.set_result(3);
      asl::destroy(a, a_live_);
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

// Starts on the stack, moves at its first suspension.
// The state machine of moves(), line 159. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct moves_machine {
  explicit moves_machine(bool &fail) : fail(std::move(fail)) {}
  ~moves_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Flat, Pause, bool> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  union {
    Flat f;
  };
  union {
    Flat g;
  };
  bool fail;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
  };
  int state_ = -1;
  bool f_live_ = false;
  bool g_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(g, g_live_);
    asl::destroy(f, f_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> moves(bool fail) {
  return asl::start<moves_machine>(fail);
}

inline void moves_machine::move_next() {
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
      ::new (asl::place(f)) Flat{1};
      f_live_ = true;

      // co_await Pause{} (line 161)
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

      ::new (asl::place(g)) Flat{2};
      g_live_ = true;

      // co_await Pause{} (line 163)
      ::new (asl::place(awaiter1_)) Pause(Pause{});
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

      if (fail)
        throw std::runtime_error("moves");
      builder_.set_result(4);
      asl::destroy(g, g_live_);
      asl::destroy(f, f_live_);
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

// The normal ways out.
// The state machine of normal(), line 170. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct normal_machine {
  normal_machine() {}
  ~normal_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, Tx, int>;

  asl::task_builder<int> builder_;
  union {
    Tx a;
  };
  union {
    Tx b;
  };
  int i;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> normal() { return asl::start<normal_machine>(); }

inline void normal_machine::move_next() {
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
      for (i = 0; i < 3; ++i) {
        ::new (asl::place(a)) Tx{"normal loop"};
        a_live_ = true;

        // co_await Pause{} (line 173)
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

        if (i == 1) {
          asl::destroy(a, a_live_);
          break;
        }

        asl::destroy(a, a_live_);
      }
      ::new (asl::place(b)) Tx{"normal b"};
      b_live_ = true;

      // co_await Pause{} (line 178)
      ::new (asl::place(awaiter1_)) Pause(Pause{});
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

      builder_.set_result(5);
      asl::destroy(b, b_live_);
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

// The state machine of abandoned(), line 182. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct abandoned_machine {
  abandoned_machine() {}
  ~abandoned_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, Tx>;

  asl::task_builder<int> builder_;
  union {
    Tx a;
  };
  union {
    Tx b;
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> abandoned() { return asl::start<abandoned_machine>(); }

inline void abandoned_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(a)) Tx{"abandoned a"};
      a_live_ = true;

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_,
                                          [&] { asl::destroy(b, b_live_); });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(b)) Tx{"abandoned b"};
        b_live_ = true;

        // co_await Pause{} (line 186)
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

        asl::destroy(b, b_live_);
      } catch (...) {
        std::puts("  never");
      }
      builder_.set_result(6);
      asl::destroy(a, a_live_);
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

// Each iteration's try block: the second throws after a resumption and is
// caught, the third leaves by continue.
// The state machine of loop_tries(), line 195. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct loop_tries_machine {
  loop_tries_machine() {}
  ~loop_tries_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, Tx, int>;

  asl::task_builder<int> builder_;
  union {
    Tx a;
  };
  union {
    Tx b;
  };
  int handled;
  int i;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> loop_tries() {
  return asl::start<loop_tries_machine>();
}

inline void loop_tries_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
    case 1:
      goto try0_;
    default:
      break;
    }
    {
      handled = 0;

      for (i = 0; i < 3; ++i) {
      try0_:
        try {
          asl::try_unwind_guard unwind_try_(unwind_, [&] {
            asl::destroy(b, b_live_);
            asl::destroy(a, a_live_);
          });
          switch (state_) {
          case 0:
            goto resume0_;
          case 1:
            goto resume1_;
          default:
            break;
          }

          ::new (asl::place(a)) Tx{i == 1 ? "loop a, throws" : "loop a"};
          a_live_ = true;

          // co_await Pause{} (line 200)
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

          if (i == 1)
            throw std::runtime_error("loop");
          if (i == 2) {
            asl::destroy(a, a_live_);
            continue;
          }

          ::new (asl::place(b)) Tx{"loop b"};
          b_live_ = true;

          // co_await Pause{} (line 206)
          ::new (asl::place(awaiter1_)) Pause(Pause{});
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

          asl::destroy(b, b_live_);
          asl::destroy(a, a_live_);
        } catch (const std::exception &) {
          ++handled;
        }
      }
      builder_.set_result(std::move(handled));
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

// co_return inside nested tries leaves them normally; with `fail`, an
// exception after the inner try is caught by the outer one.
// The state machine of returns_in_try(), line 216. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct returns_in_try_machine {
  explicit returns_in_try_machine(bool &fail) : fail(std::move(fail)) {}
  ~returns_in_try_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, Tx, bool>;

  asl::task_builder<int> builder_;
  union {
    Tx outer;
  };
  union {
    Tx a;
  };
  union {
    Tx b;
  };
  bool fail;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
  };
  int state_ = -1;
  bool outer_live_ = false;
  bool a_live_ = false;
  bool b_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
    asl::destroy(outer, outer_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> returns_in_try(bool fail) {
  return asl::start<returns_in_try_machine>(fail);
}

inline void returns_in_try_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
    case 1:
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(outer)) Tx{"returns outer"};
      outer_live_ = true;

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(b, b_live_);
          asl::destroy(a, a_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        case 1:
          goto try1_;
        default:
          break;
        }

        ::new (asl::place(a)) Tx{"returns a"};
        a_live_ = true;

        // co_await Pause{} (line 220)
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

      try1_:
        try {
          asl::try_unwind_guard unwind_try_(unwind_,
                                            [&] { asl::destroy(b, b_live_); });
          switch (state_) {
          case 1:
            goto resume1_;
          default:
            break;
          }

          ::new (asl::place(b)) Tx{"returns b"};
          b_live_ = true;

          // co_await Pause{} (line 223)
          ::new (asl::place(awaiter1_)) Pause(Pause{});
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

          if (!fail) {
            builder_.set_result(7);
            asl::destroy(b, b_live_);
            asl::destroy(a, a_live_);
            asl::destroy(outer, outer_live_);
            unwind_.release();
            goto finish_;
          }

          asl::destroy(b, b_live_);
        } catch (...) {
          std::puts("  never");
        }
        throw std::runtime_error("after the inner try");
      } catch (const std::exception &e) {
        std::printf("  handler: %s\n", e.what());
      }
      builder_.set_result(8);
      asl::destroy(outer, outer_live_);
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

// A task held in a local, its coroutine suspended, dies while the
// exception unwinds: so do that coroutine's locals.
// The state machine of holds_task(), line 238. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct holds_task_machine {
  holds_task_machine() {}
  ~holds_task_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 't' may be kept (line
  // 243).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Tx a;
  };
  union {
    asl::Task<int> t;
  };
  union {
    Pause awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool t_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(t, t_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> holds_task() {
  return asl::start<holds_task_machine>();
}

inline void holds_task_machine::move_next() {
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
      ::new (asl::place(a)) Tx{"holds a"};
      a_live_ = true;

      ::new (asl::place(t)) asl::Task<int>(value(9, false));
      t_live_ = true;

      // co_await Pause{} (line 241)
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

      throw std::runtime_error("holds");
      // co_await std::move(t) (line 243)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>(asl::get_awaiter(std::move(t)));
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
      builder_.set_result(awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(t, t_live_);
      asl::destroy(a, a_live_);
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

// Only the runtime's awaiter in the try block, and in the whole function.
// The state machine of quiet_try(), line 247. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct quiet_try_machine {
  quiet_try_machine() {}
  ~quiet_try_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Tx, asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    Tx a;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> quiet_try() { return asl::start<quiet_try_machine>(); }

inline void quiet_try_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(a)) Tx{"quiet a"};
      a_live_ = true;

    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await value(5, true) (line 250)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{value(5, true)};
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

        std::printf("  never %d\n", v);
      } catch (const std::exception &e) {
        asl::destroy(awaiter0_, awaiter0_live_);

        std::printf("  handler: %s\n", e.what());
      }
      builder_.set_result(9);
      asl::destroy(a, a_live_);
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

// The state machine of quiet_only(), line 258. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct quiet_only_machine {
  quiet_only_machine() {}
  ~quiet_only_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> quiet_only() {
  return asl::start<quiet_only_machine>();
}

inline void quiet_only_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await value(6, true) (line 259)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{value(6, true)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int v = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(std::move(v));
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

static void drain() {
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
}

static void run(const char *name, asl::Task<int> t) {
  std::printf("%s\n", name);
  drain();
  try {
    std::printf("  result %d\n", asl::sync_wait(std::move(t)));
  } catch (const std::exception &e) {
    std::printf("  escaped: %s, uncaught %d\n", e.what(),
                std::uncaught_exceptions());
  }
}

int main() {
  for (int s = 0; s <= 2; ++s) {
    std::printf("suspends %d\n", s);
    run("leaves", leaves(s));
    run("caught", caught(s));
  }
  run("rethrows", rethrows());
  run("temporary", temporary());
  run("refused", refused());
  run("moves ok", moves(false));
  run("moves fails", moves(true));
  run("normal", normal());
  run("loop tries", loop_tries());
  run("returns in try", returns_in_try(false));
  run("returns in try, fails", returns_in_try(true));
  run("holds task", holds_task());
  run("quiet try", quiet_try());
  run("quiet only", quiet_only());
  {
    std::puts("abandoned");
    asl::Task<int> t = abandoned();
    pending = nullptr; // destroys the handle's copy only
  }
  std::puts("done");
}
