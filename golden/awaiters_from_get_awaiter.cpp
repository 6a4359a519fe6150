// Checks that a lowered machine holds the awaiter get_awaiter() returns, not
// the one C++20's operator co_await returns (the runtime's wraps it with the
// slot a native handle needs): for a task temporary (built in place from the
// call), a task variable, an event, and each of them through
// configure_await; and that a task built in place inside an awaiter is
// still right when the awaiting machine moves from the stack to its heap box
// while that task is suspended, and when the awaited call throws.
#include <asl/context.h>
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>
#include <string>

// The state machine of ready(), line 15. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct ready_machine {
  explicit ready_machine(int &v) : v(std::move(v)) {}
  ~ready_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<int> builder_;
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> ready(int v) { return asl::start<ready_machine>(v); }

inline void ready_machine::move_next() {
  try {
    {
      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of later(), line 17. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  later_machine(asl::Event &gate, std::string &s)
      : s(std::move(s)), gate(gate) {}
  ~later_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 19).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::string s;
  asl::Event &gate;
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

ASL_ASYNC asl::Task<std::string> later(asl::Event &gate, std::string s) {
  return asl::start<later_machine>(gate, s);
}

inline void later_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await gate (line 18)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(gate));
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

      builder_.set_result(s + "!");
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

// The state machine of later_int(), line 22. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct later_int_machine {
  later_int_machine(asl::Event &gate, int &v) : gate(gate), v(std::move(v)) {}
  ~later_int_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &gate;
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

ASL_ASYNC asl::Task<int> later_int(asl::Event &gate, int v) {
  return asl::start<later_int_machine>(gate, v);
}

inline void later_int_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await gate (line 23)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(gate));
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

      builder_.set_result(v * 10);
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

// Starts on the stack (all its fields may move bytewise); the task of
// later_int is made inside awaiter1_ there, then the machine moves.
// The state machine of moves_while_awaiting(), line 29. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct moves_while_awaiting_machine {
  explicit moves_while_awaiting_machine(asl::Event &gate) : gate(gate) {}
  ~moves_while_awaiting_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  asl::Event &gate;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int a;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> moves_while_awaiting(asl::Event &gate) {
  return asl::start<moves_while_awaiting_machine>(gate);
}

inline void moves_while_awaiting_machine::move_next() {
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
      // co_await ready(5) (line 30)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{ready(5)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await later_int(gate, a) (line 31)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{later_int(gate, a)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(a + b);
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

// The state machine of fails(), line 35. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct fails_machine {
  explicit fails_machine(int &v) : v(std::move(v)) {}
  ~fails_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<int> builder_;
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> fails(int v) { return asl::start<fails_machine>(v); }

inline void fails_machine::move_next() {
  try {
    {
      if (v > 0)
        throw std::runtime_error("fails(" + std::to_string(v) + ")");
      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of all_kinds(), line 41. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct all_kinds_machine {
  explicit all_kinds_machine(asl::Event &gate) : gate(gate) {}
  ~all_kinds_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'held' may be kept
  // (line 44).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  asl::Event &gate;
  union {
    asl::Task<int> held;
  };
  union {
    asl::Task<std::string> text;
  };
  union {
    std::string e;
  };
  union {
    std::string f;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_ref_awaiter<int> awaiter1_;
    asl::Task<int> temporary0_;
    asl::configured_awaiter<asl::task_ref_awaiter<int>> awaiter3_;
    asl::configured_awaiter<asl::event_awaiter> awaiter4_;
    asl::task_awaiter<std::string> awaiter5_;
    asl::task_awaiter<std::string> awaiter6_;
    asl::task_awaiter<int> awaiter7_;
  };
  union {
    asl::configured_awaiter<asl::task_awaiter<int>> awaiter2_;
  };
  int a;
  int b;
  int c;
  int d;
  int g;
  int state_ = -1;
  bool held_live_ = false;
  bool text_live_ = false;
  bool e_live_ = false;
  bool f_live_ = false;
  bool temporary0_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(f, f_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(e, e_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(text, text_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(held, held_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::string> all_kinds(asl::Event &gate) {
  return asl::start<all_kinds_machine>(gate);
}

inline void all_kinds_machine::move_next() {
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
      goto resume3_;
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto try0_;
    default:
      break;
    }
    {
      // co_await ready(1) (line 42)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{ready(1)};
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
      a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      ::new (asl::place(held)) asl::Task<int>(ready(2));
      held_live_ = true;

      // co_await held (line 44)
      ::new (asl::place(awaiter1_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(held));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = awaiter1_.await_resume();

      ::new (asl::place(temporary0_)) asl::Task<int>(ready(3));
      temporary0_live_ = true;
      // co_await asl::configure_await(ready(3), false) (line 45)
      ::new (asl::place(awaiter2_))
          asl::configured_awaiter<asl::task_awaiter<int>>(asl::get_awaiter(
              asl::configure_await(std::move(temporary0_), false)));
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
      c = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(temporary0_, temporary0_live_);

      // co_await asl::configure_await(held, true) (line 46)
      ::new (asl::place(awaiter3_))
          asl::configured_awaiter<asl::task_ref_awaiter<int>>(
              asl::get_awaiter(asl::configure_await(held, true)));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = awaiter3_.await_resume();

      // Ready before this awaits it, then awaited after the machine moved.
      ::new (asl::place(text)) asl::Task<std::string>(later(gate, "text"));
      text_live_ = true;

      // co_await asl::configure_await(gate, true) (line 49)
      ::new (asl::place(awaiter4_)) asl::configured_awaiter<asl::event_awaiter>(
          asl::get_awaiter(asl::configure_await(gate, true)));
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      // co_await later(gate, "in place") (line 50)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<std::string>{later(gate, "in place")};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(e)) std::string(awaiter5_.await_resume());
      e_live_ = true;
      asl::destroy(awaiter5_, awaiter5_live_);

      // co_await std::move(text) (line 51)
      ::new (asl::place(awaiter6_))
          asl::task_awaiter<std::string>(asl::get_awaiter(std::move(text)));
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(f)) std::string(awaiter6_.await_resume());
      f_live_ = true;
      asl::destroy(awaiter6_, awaiter6_live_);

      g = -1;

    try0_:
      try {
        switch (state_) {
        case 7:
          goto resume7_;
        default:
          break;
        }

        // co_await fails(7) (line 54)
        ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{fails(7)};
        awaiter7_live_ = true;
        if (!awaiter7_.await_ready()) {
          state_ = 7;
          builder_.await_on_completed(awaiter7_, *this);
          unwind_.release();
          return;
        resume7_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        g = awaiter7_.await_resume();
        asl::destroy(awaiter7_, awaiter7_live_);

      } catch (const std::runtime_error &error) {
        asl::destroy(awaiter7_, awaiter7_live_);

        std::printf("caught %s\n", error.what());
      }
      builder_.set_result(std::to_string(a + b + c + d + g) + " " + e + " " +
                          f);
      asl::destroy(f, f_live_);
      asl::destroy(e, e_live_);
      asl::destroy(text, text_live_);
      asl::destroy(held, held_live_);
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
  asl::Event gate;
  asl::Task<std::string> task = all_kinds(gate);
  asl::Task<int> moved = moves_while_awaiting(gate);
  std::printf("ready before set: %d %d\n", task.is_ready() ? 1 : 0,
              moved.is_ready() ? 1 : 0);
  gate.set();
  std::printf("%s\n", asl::sync_wait(std::move(task)).c_str());
  std::printf("%d\n", asl::sync_wait(std::move(moved)));
}
