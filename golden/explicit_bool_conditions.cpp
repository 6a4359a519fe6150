// Checks that a condition that awaits is contextually converted to bool,
// as natively, in if, while, do-while and for: an explicit operator bool is
// called (the lowering computes the condition into a bool field first, and
// an assignment to it would not consider the explicit operator: it would
// not compile, or convert through an implicit operator int instead). The
// operands of `!`, `&&` and `?:` are contextually converted too. A
// condition of a class with only an implicit conversion, or of a scalar,
// is assigned as is; a switch's, which considers only implicit conversion
// functions, too.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // suspends for real, then resumes
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

struct Reply { // `if (reply)` is false for 404; as an int it is not 0
  int code;
  operator int() const {
    std::printf("  as int\n");
    return code;
  }
  explicit operator bool() const {
    std::printf("  explicit bool\n");
    return code == 200;
  }
};

struct Cursor { // only an explicit operator bool
  int left;
  explicit operator bool() const { return left > 0; }
};

struct Open { // only an implicit one
  bool open;
  operator bool() const { return open; }
};

// The state machine of get(), line 47. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct get_machine {
  explicit get_machine(int &code) : code(std::move(code)) {}
  ~get_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, int> && !asl::usually_suspends<Later>;

  asl::task_builder<Reply> builder_;
  int code;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<Reply> get(int code) {
  return asl::start<get_machine>(code);
}

inline void get_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Later{} (line 48)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(Reply{code});
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of next(), line 52. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct next_machine {
  explicit next_machine(int &n) : n(n) {}
  ~next_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later> && !asl::usually_suspends<Later>;

  asl::task_builder<Cursor> builder_;
  int &n;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<Cursor> next(int &n) { return asl::start<next_machine>(n); }

inline void next_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Later{} (line 53)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      --n;
      builder_.set_result(Cursor{n});
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of open(), line 58. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct open_machine {
  explicit open_machine(bool &v) : v(std::move(v)) {}
  ~open_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, bool> && !asl::usually_suspends<Later>;

  asl::task_builder<Open> builder_;
  bool v;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<Open> open(bool v) { return asl::start<open_machine>(v); }

inline void open_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Later{} (line 59)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(Open{v});
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of number(), line 63. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct number_machine {
  explicit number_machine(int &v) : v(std::move(v)) {}
  ~number_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, int> && !asl::usually_suspends<Later>;

  asl::task_builder<int> builder_;
  int v;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> number(int v) { return asl::start<number_machine>(v); }

inline void number_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Later{} (line 64)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

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

// The state machine of run(), line 68. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'n' may be kept (line
  // 77).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    bool condition11_;
    bool condition10_;
    bool condition9_;
    bool condition8_;
    bool condition7_;
    bool condition6_;
    bool condition0_;
    asl::task_awaiter<Reply> awaiter8_;
    int condition4_;
    bool condition3_;
    bool condition2_;
  };
  union {
    asl::task_awaiter<Reply> awaiter0_;
    asl::task_awaiter<Reply> awaiter1_;
    asl::task_awaiter<Cursor> awaiter2_;
    asl::task_awaiter<Cursor> awaiter3_;
    asl::task_awaiter<Cursor> awaiter4_;
    asl::task_awaiter<Reply> awaiter5_;
    Reply temporary1_;
    asl::task_awaiter<Reply> awaiter9_;
    asl::task_awaiter<Open> awaiter10_;
    asl::task_awaiter<int> awaiter11_;
  };
  union {
    asl::task_awaiter<Reply> awaiter6_;
  };
  union {
    asl::task_awaiter<Reply> awaiter7_;
  };
  int n;
  int steps;
  union {
    bool condition5_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;
  bool awaiter9_live_ = false;
  bool awaiter10_live_ = false;
  bool awaiter11_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
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
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    case 11:
      goto resume11_;
    default:
      break;
    }
    {
      {
        // co_await get(404) (line 69)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<Reply>{get(404)};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition11_ = static_cast<bool>(awaiter0_.await_resume());
        asl::destroy(awaiter0_, awaiter0_live_);
        if (condition11_)
          std::printf("if: yes\n");
        else
          std::printf("if: no\n");
      }

      {
        // co_await get(200) (line 73)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<Reply>{get(200)};
        awaiter1_live_ = true;
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition10_ = static_cast<bool>(awaiter1_.await_resume());
        asl::destroy(awaiter1_, awaiter1_live_);
        if (condition10_)
          std::printf("if: yes\n");
      }

      n = 3;
      steps = 0;

      for (;;) {
        // co_await next(n) (line 77)
        ::new (asl::place(awaiter2_)) asl::task_awaiter<Cursor>{next(n)};
        awaiter2_live_ = true;
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition9_ = static_cast<bool>(awaiter2_.await_resume());
        asl::destroy(awaiter2_, awaiter2_live_);
        if (!condition9_)
          break;
        ++steps;
      }

      std::printf("while: %d steps\n", steps);

      n = 3, steps = 0;
      for (;;) {
        ++steps;
        // co_await next(n) (line 84)
        ::new (asl::place(awaiter3_)) asl::task_awaiter<Cursor>{next(n)};
        awaiter3_live_ = true;
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition8_ = static_cast<bool>(awaiter3_.await_resume());
        asl::destroy(awaiter3_, awaiter3_live_);
        if (!condition8_)
          break;
      }

      std::printf("do: %d steps\n", steps);

      n = 3, steps = 0;
      {

        for (;;) {
          // co_await next(n) (line 88)
          ::new (asl::place(awaiter4_)) asl::task_awaiter<Cursor>{next(n)};
          awaiter4_live_ = true;
          if (!awaiter4_.await_ready()) {
            state_ = 4;
            builder_.await_on_completed(awaiter4_, *this);
            return;
          resume4_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          condition7_ = static_cast<bool>(awaiter4_.await_resume());
          asl::destroy(awaiter4_, awaiter4_live_);
          if (!condition7_)
            break;
          ;
          ++steps;
        }
      }

      std::printf("for: %d steps\n", steps);

      {
        // co_await get(404) (line 92)
        ::new (asl::place(awaiter5_)) asl::task_awaiter<Reply>{get(404)};
        awaiter5_live_ = true;
        if (!awaiter5_.await_ready()) {
          state_ = 5;
          builder_.await_on_completed(awaiter5_, *this);
          return;
        resume5_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition6_ = !awaiter5_.await_resume();
        asl::destroy(awaiter5_, awaiter5_live_);
        if (condition6_)
          std::printf("!: not ok\n");
      }

      {
        // co_await get(200) (line 94)
        ::new (asl::place(awaiter6_)) asl::task_awaiter<Reply>{get(200)};
        awaiter6_live_ = true;
        if (!awaiter6_.await_ready()) {
          state_ = 6;
          builder_.await_on_completed(awaiter6_, *this);
          return;
        resume6_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(temporary1_)) Reply(awaiter6_.await_resume());
        condition0_ = static_cast<bool>(temporary1_);
        if (condition0_) {
          // co_await get(404) (line 94)
          ::new (asl::place(awaiter7_)) asl::task_awaiter<Reply>{get(404)};
          awaiter7_live_ = true;
          if (!awaiter7_.await_ready()) {
            state_ = 7;
            builder_.await_on_completed(awaiter7_, *this);
            return;
          resume7_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
        condition5_ = condition0_ && awaiter7_.await_resume();
        asl::destroy(awaiter7_, awaiter7_live_);
        asl::destroy(awaiter6_, awaiter6_live_);
        if (condition5_)
          std::printf("&&: both\n");
        else
          std::printf("&&: not both\n");
      }

      // co_await get(200) (line 98)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<Reply>{get(200)};
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("?: %s\n", awaiter8_.await_resume() ? "ok" : "failed");
      asl::destroy(awaiter8_, awaiter8_live_);

      // A switch converts through non-explicit functions only: operator int.
      {
        // co_await get(404) (line 101)
        ::new (asl::place(awaiter9_)) asl::task_awaiter<Reply>{get(404)};
        awaiter9_live_ = true;
        if (!awaiter9_.await_ready()) {
          state_ = 9;
          builder_.await_on_completed(awaiter9_, *this);
          return;
        resume9_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition4_ = awaiter9_.await_resume();
        asl::destroy(awaiter9_, awaiter9_live_);
        switch (condition4_) {
        case 404:
          std::printf("switch: 404\n");
          break;
        default:
          std::printf("switch: other\n");
        }
      }

      {
        // co_await open(true) (line 109)
        ::new (asl::place(awaiter10_)) asl::task_awaiter<Open>{open(true)};
        awaiter10_live_ = true;
        if (!awaiter10_.await_ready()) {
          state_ = 10;
          builder_.await_on_completed(awaiter10_, *this);
          return;
        resume10_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition3_ = awaiter10_.await_resume();
        asl::destroy(awaiter10_, awaiter10_live_);
        if (condition3_)
          std::printf("implicit: open\n");
      }

      {
        // co_await number(0) (line 111)
        ::new (asl::place(awaiter11_)) asl::task_awaiter<int>{number(0)};
        awaiter11_live_ = true;
        if (!awaiter11_.await_ready()) {
          state_ = 11;
          builder_.await_on_completed(awaiter11_, *this);
          return;
        resume11_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition2_ = awaiter11_.await_resume();
        asl::destroy(awaiter11_, awaiter11_live_);
        if (condition2_)
          std::printf("int: not zero\n");
        else
          std::printf("int: zero\n");
      }

      builder_.set_result(0);
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

int main() {
  asl::Task<int> t = run();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  return asl::sync_wait(std::move(t));
}
