// Checks async functions whose body is a function-try-block: the handlers
// catch what the body throws after an await (its locals die first), see the
// parameters and `this`, `co_return` from a handler, flow off a Task<void>'s
// handler as `co_return;`, pass `throw;` on to the awaiter; a parameter's
// copy that throws is not caught by them, and a task destroyed while
// suspended in the try body runs no handler.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};
struct Guard {
  const char *name;
  ~Guard() { std::printf("  ~%s\n", name); }
};
// Its move constructor throws when asked to: the copy of a parameter.
struct Fragile {
  bool throws;
  explicit Fragile(bool t) : throws(t) {}
  Fragile(const Fragile &) = default;
  Fragile(Fragile &&other) : throws(other.throws) {
    if (throws)
      throw std::runtime_error("parameter copy");
  }
};

static void drain() {
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
}

// The state machine of checked(), line 46. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct checked_machine {
  explicit checked_machine(int &id) : id(std::move(id)) {}
  ~checked_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Guard, Pause, int>;

  asl::task_builder<int> builder_;
  union {
    Guard g;
  };
  int id;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool g_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(g, g_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> checked(int id) {
  return asl::start<checked_machine>(id);
}

inline void checked_machine::move_next() {
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
                                          [&] { asl::destroy(g, g_live_); });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(g)) Guard{"checked"};
        g_live_ = true;

        // co_await Pause{} (line 48)
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

        if (id < 0)
          throw std::invalid_argument("negative");
        builder_.set_result(id * 10);
        asl::destroy(g, g_live_);
        unwind_.release();
        goto finish_;

      } catch (const std::invalid_argument &e) {
        std::printf("  checked(%d) handler: %s\n", id, e.what());
        builder_.set_result(-1);
        unwind_.release();
        goto finish_;
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

// Several handlers; one rethrows, and what none catches reaches the awaiter.
// The state machine of classify(), line 58. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct classify_machine {
  explicit classify_machine(int &kind) : kind(std::move(kind)) {}
  ~classify_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'label' may be kept
  // (line 62).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  union {
    std::string label;
  };
  int kind;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool label_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(label, label_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<std::string> classify(int kind) {
  return asl::start<classify_machine>(kind);
}

inline void classify_machine::move_next() {
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
        asl::try_unwind_guard unwind_try_(
            unwind_, [&] { asl::destroy(label, label_live_); });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(label)) std::string("kind " + std::to_string(kind));
        label_live_ = true;

        // co_await Pause{} (line 60)
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

        if (kind == 1)
          throw std::out_of_range(label);
        if (kind == 2)
          throw std::logic_error(label);
        if (kind == 3)
          throw 3;
        builder_.set_result(std::move(label));
        asl::destroy(label, label_live_);
        unwind_.release();
        goto finish_;

      } catch (const std::out_of_range &e) {
        builder_.set_result(std::string("range: ") + e.what());
        unwind_.release();
        goto finish_;

      } catch (const std::logic_error &e) {
        std::printf("  classify(%d) rethrows %s\n", kind, e.what());
        throw;
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

// A Task<void> whose handler ends without co_return completes normally.
// The state machine of logged(), line 76. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct logged_machine {
  logged_machine(const char *&what, bool &fail)
      : what(std::move(what)), fail(std::move(fail)) {}
  ~logged_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Guard, Pause, bool, const char *>;

  asl::task_builder<void> builder_;
  const char *what;
  union {
    Guard g;
  };
  bool fail;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool g_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(g, g_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<void> logged(const char *what, bool fail) {
  return asl::start<logged_machine>(what, fail);
}

inline void logged_machine::move_next() {
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
                                          [&] { asl::destroy(g, g_live_); });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(g)) Guard{what};
        g_live_ = true;

        // co_await Pause{} (line 78)
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
          throw std::runtime_error(what);
        std::printf("  %s done\n", what);
        asl::destroy(g, g_live_);
      } catch (const std::exception &e) {
        std::printf("  logged handler: %s\n", e.what());
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

// The state machine of copied(), line 86. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct copied_machine {
  copied_machine(Fragile &f, int &n) : n(std::move(n)), f(std::move(f)) {}
  ~copied_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Fragile, Pause, int>;

  asl::task_builder<int> builder_;
  int n;
  Fragile f;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> copied(Fragile f, int n) {
  return asl::start<copied_machine>(f, n);
}

inline void copied_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await Pause{} (line 87)
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

        builder_.set_result(f.throws ? -n : n);
        goto finish_;

      } catch (...) {
        std::puts("  wrong: the parameter's copy is outside the try block");
        builder_.set_result(0);
        goto finish_;
      }
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

struct Account {
  int balance = 100;
  struct withdraw_machine;
  ASL_ASYNC asl::Task<int> withdraw(int amount);
  struct deposit_machine;
  ASL_ASYNC asl::Task<int> deposit(int amount);
};

// The state machine of Account::deposit(), line 97. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct Account::deposit_machine {
  deposit_machine(Account *this_, int &amount)
      : this_(this_), amount(std::move(amount)) {}
  ~deposit_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, int>;

  asl::task_builder<int> builder_;
  Account *this_;
  int amount;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Account::deposit(int amount) {
  return asl::start<deposit_machine>(this, amount);
}

inline void Account::deposit_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await Pause{} (line 98)
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

        if (amount <= 0)
          throw std::invalid_argument("deposit");
        builder_.set_result(this_->balance += amount);
        goto finish_;

      } catch (const std::invalid_argument &) {
        std::printf("  deposit of %d refused, balance %d\n", amount,
                    this_->balance);
        builder_.set_result(this_->balance);
        goto finish_;
      }
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// Defined outside the class.
// The state machine of Account::withdraw(), line 109. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct Account::withdraw_machine {
  withdraw_machine(Account *this_, int &amount)
      : this_(this_), amount(std::move(amount)) {}
  ~withdraw_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, int>;

  asl::task_builder<int> builder_;
  Account *this_;
  int amount;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> Account::withdraw(int amount) {
  return asl::start<withdraw_machine>(this, amount);
}

inline void Account::withdraw_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await Pause{} (line 110)
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

        if (amount > this_->balance)
          throw std::runtime_error("overdrawn");
        builder_.set_result(this_->balance -= amount);
        goto finish_;

      } catch (const std::runtime_error &e) {
        std::printf("  %s by %d\n", e.what(), amount - this_->balance);
        builder_.set_result(-this_->balance);
        goto finish_;
      }
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class T> struct halved_machine;

template <class T> ASL_ASYNC asl::Task<T> halved(T value) {
  return asl::start<halved_machine<T>>(value);
}

// Awaits a task in its try body; its handler sees what that task threw.
// The state machine of caller(), line 131. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct caller_machine {
  explicit caller_machine(int &kind) : kind(std::move(kind)) {}
  ~caller_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<std::string>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<std::string> awaiter0_;
  };
  int kind;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> caller(int kind) {
  return asl::start<caller_machine>(kind);
}

inline void caller_machine::move_next() {
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
        asl::try_unwind_guard unwind_try_(
            unwind_, [&] { asl::destroy(awaiter0_, awaiter0_live_); });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await classify(kind) (line 132)
        ::new (asl::place(awaiter0_))
            asl::task_awaiter<std::string>{classify(kind)};
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
        std::string s = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        std::printf("  caller got %s\n", s.c_str());
        builder_.set_result(static_cast<int>(s.size()));
        unwind_.release();
        goto finish_;

      } catch (const std::logic_error &e) {
        std::printf("  caller caught %s\n", e.what());
        builder_.set_result(-kind);
        unwind_.release();
        goto finish_;
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

template <class T> T run(asl::Task<T> t) {
  drain();
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("checked: %d\n", run(checked(4)));
  std::printf("checked: %d\n", run(checked(-4)));

  for (int kind = 0; kind <= 3; ++kind) {
    try {
      std::printf("classify: %s\n", run(classify(kind)).c_str());
    } catch (const std::exception &e) {
      std::printf("classify threw %s\n", e.what());
    } catch (int n) {
      std::printf("classify threw %d\n", n);
    }
  }
  for (int kind = 0; kind <= 2; ++kind)
    std::printf("caller: %d\n", run(caller(kind)));

  run(logged("first", false));
  run(logged("second", true));
  std::puts("logged finished");

  std::printf("copied: %d\n", run(copied(Fragile(false), 7)));
  try {
    asl::Task<int> t = copied(Fragile(true), 8);
    std::puts("wrong: no exception");
  } catch (const std::runtime_error &e) {
    std::printf("copied threw %s\n", e.what());
  }

  Account account;
  std::printf("deposit: %d\n", run(account.deposit(50)));
  std::printf("deposit: %d\n", run(account.deposit(-5)));
  std::printf("withdraw: %d\n", run(account.withdraw(30)));
  std::printf("withdraw: %d\n", run(account.withdraw(500)));

  std::printf("halved: %d\n", run(halved(9)));
  std::printf("halved: %g\n", run(halved(-3.0)));

  {
    asl::Task<int> abandoned = checked(-1);
    std::puts("destroying a task suspended in the try body");
  }
  pending = nullptr;
  std::puts("done");
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of halved<int>(), line 120. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct halved_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit halved_machine(int &value) : value(std::move(value)) {}
  ~halved_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, int>;

  asl::task_builder<int> builder_;
  int value;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline void halved_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await Pause{} (line 121)
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

        if (value < T(0))
          throw std::domain_error("halved");
        builder_.set_result(value / T(2));
        goto finish_;

      } catch (const std::domain_error &e) {
        std::printf("  %s(%s)\n", e.what(), std::to_string(value).c_str());
        builder_.set_result(T(0));
        goto finish_;
      }
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of halved<double>(), line 120. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct halved_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  explicit halved_machine(double &value) : value(std::move(value)) {}
  ~halved_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Pause, double>;

  asl::task_builder<double> builder_;
  double value;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline void halved_machine<double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await Pause{} (line 121)
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

        if (value < T(0))
          throw std::domain_error("halved");
        builder_.set_result(value / T(2));
        goto finish_;

      } catch (const std::domain_error &e) {
        std::printf("  %s(%s)\n", e.what(), std::to_string(value).c_str());
        builder_.set_result(T(0));
        goto finish_;
      }
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
