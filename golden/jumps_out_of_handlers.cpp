// continue, break, goto and co_return from inside catch handlers, leaving
// scopes that hold locals living across awaits: C++ destroys a handler's
// own locals, then its exception object as control leaves the handler, and
// only then the locals of the scopes around it; with nested handlers, each
// exception object dies as its handler is left.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev(true);

struct G {
  std::string n;
  explicit G(std::string s) : n(std::move(s)) {}
  ~G() { std::printf("  -%s\n", n.c_str()); }
};

struct Oops {
  int code;
  ~Oops() { std::printf("  ~Oops%d\n", code); }
};

// The state machine of risky(), line 24. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct risky_machine {
  explicit risky_machine(int &i) : i(std::move(i)) {}
  ~risky_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
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

ASL_ASYNC asl::Task<int> risky(int i) { return asl::start<risky_machine>(i); }

inline void risky_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 25)
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

      throw Oops{i};
      builder_.set_result(std::move(i));
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

// The state machine of loops(), line 30. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct loops_machine {
  loops_machine() {}
  ~loops_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<G, asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    G loop;
  };
  union {
    G inner;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int i;
  int state_ = -1;
  bool loop_live_ = false;
  bool inner_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(inner, inner_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(loop, loop_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> loops() { return asl::start<loops_machine>(); }

inline void loops_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      for (i = 0; i < 3; ++i) {
        ::new (asl::place(loop)) G("loop" + std::to_string(i));
        loop_live_ = true;

      try0_:
        try {
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }

          // co_await risky(i) (line 34)
          ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{risky(i)};
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

        } catch (const Oops &o) {
          asl::destroy(awaiter0_, awaiter0_live_);

          ::new (asl::place(inner)) G("handler" + std::to_string(o.code));
          inner_live_ = true;

          if (o.code == 0) {
            asl::destroy(inner, inner_live_);
            goto catch_exit0_;
          }

          if (o.code == 1) {
            asl::destroy(inner, inner_live_);
            goto catch_exit1_;
          }

          asl::destroy(inner, inner_live_);
        }
        // Jumps out of the handlers above go on here, once the exception
        // object is destroyed.
        if (false) {
        catch_exit0_:
          asl::destroy(loop, loop_live_);
          continue;
        catch_exit1_:
          asl::destroy(loop, loop_live_);
          break;
        }

        asl::destroy(loop, loop_live_);
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

// The state machine of nested(), line 46. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct nested_machine {
  nested_machine() {}
  ~nested_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<G, asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    G outer;
  };
  union {
    G between;
  };
  union {
    G last;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool outer_live_ = false;
  bool between_live_ = false;
  bool last_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(last, last_live_);
    asl::destroy(between, between_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(outer, outer_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> nested() { return asl::start<nested_machine>(); }

inline void nested_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(outer)) G("outer");
      outer_live_ = true;

    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await risky(7) (line 49)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{risky(7)};
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

      } catch (const Oops &) {
        asl::destroy(awaiter0_, awaiter0_live_);

        ::new (asl::place(between)) G("between");
        between_live_ = true;

        try {
          throw Oops{8};
        } catch (const Oops &) {
          ::new (asl::place(last)) G("last");
          last_live_ = true;

          builder_.set_result(1);
          asl::destroy(last, last_live_);
          goto catch_exit0_;
        }
        // Jumps out of the handlers above go on here, once the exception
        // object is destroyed.
        if (false) {
        catch_exit0_:
          asl::destroy(between, between_live_);
          goto catch_exit1_;
        }

        asl::destroy(between, between_live_);
      }
      // Jumps out of the handlers above go on here, once the exception
      // object is destroyed.
      if (false) {
      catch_exit1_:
        asl::destroy(outer, outer_live_);
        unwind_.release();
        goto finish_;
      }

      builder_.set_result(0);
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

// The state machine of jumps(), line 62. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct jumps_machine {
  jumps_machine() {}
  ~jumps_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<G, asl::event_awaiter, asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    G attempt;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int tries;
  int state_ = -1;
  bool attempt_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(attempt, attempt_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> jumps() { return asl::start<jumps_machine>(); }

inline void jumps_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto try0_;
    default:
      break;
    }
    {
      tries = 0;

    again:
      if (tries == 2) {
        builder_.set_result(std::move(tries));
        unwind_.release();
        goto finish_;
      }

      {
        ::new (asl::place(attempt)) G("attempt" + std::to_string(tries));
        attempt_live_ = true;

        // co_await ev (line 69)
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

        // An unbraced try statement as a loop's body.
        while (true)
        try0_: {
          try {
            switch (state_) {
            case 1:
              goto resume1_;
            default:
              break;
            }

            // co_await risky(tries) (line 73)
            ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{risky(tries)};
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

          } catch (const Oops &) {
            asl::destroy(awaiter1_, awaiter1_live_);

            ++tries;
            goto catch_exit0_;
          }
          // Jumps out of the handlers above go on here, once the exception
          // object is destroyed.
          if (false) {
          catch_exit0_:
            asl::destroy(attempt, attempt_live_);
            goto again;
          }
        }

          asl::destroy(attempt, attempt_live_);
      }
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
  std::printf("loops %d\n", asl::sync_wait(loops()));
  std::printf("nested %d\n", asl::sync_wait(nested()));
  std::printf("jumps %d\n", asl::sync_wait(jumps()));
}
