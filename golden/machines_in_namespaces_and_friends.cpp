// Async functions defined outside their namespace with a qualified name
// (`Task<int> svc::run() {...}`) get their machines in that namespace, where
// the bodies' unqualified names are found; async functions a class declares
// friend (a free function, a member of another class) get their machines
// befriended too, so the bodies keep reading private members and types.
#include <asl/task.h>

#include <cstdio>

asl::Event ev(true);

namespace svc {
struct Conf {
  int v;
};
int helper() { return 41; }
asl::Task<int> run();
namespace inner {
asl::Task<int> deeper(int x);
}
inline namespace v1 {
asl::Task<int> versioned();
}
} // namespace svc

namespace svc {
// The state machine of svc::run(), line 26. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::task_awaiter<int>, int,
                       svc::Conf> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  union {
    svc::Conf c;
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};
} // namespace svc

ASL_ASYNC asl::Task<int> svc::run() { return asl::start<run_machine>(); }

inline void svc::run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      ::new (asl::place(c)) svc::Conf{helper()};

      // co_await ev (line 28)
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

      spill0_ = c.v;
      // co_await inner::deeper(1) (line 29)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{inner::deeper(1)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = spill0_ + awaiter1_.await_resume();
      // co_await versioned() (line 29)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{versioned()};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill1_ + awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
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

namespace svc {
namespace inner {
// The state machine of svc::inner::deeper(), line 32. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct deeper_machine {
  explicit deeper_machine(int &x) : x(std::move(x)) {}
  ~deeper_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int, svc::Conf> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  union {
    svc::Conf c;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};
} // namespace inner
} // namespace svc

ASL_ASYNC asl::Task<int> svc::inner::deeper(int x) {
  return asl::start<deeper_machine>(x);
}

inline void svc::inner::deeper_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(c)) svc::Conf{x};

      // co_await ev (line 34)
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

      builder_.set_result(c.v + helper());
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

namespace svc {
inline namespace v1 {
// The state machine of svc::versioned(), line 39. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct versioned_machine {
  versioned_machine() {}
  ~versioned_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, svc::Conf> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    svc::Conf c;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};
} // namespace v1

ASL_ASYNC asl::Task<int> v1::versioned() {
  return asl::start<versioned_machine>();
}

inline void v1::versioned_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(c)) svc::Conf{1000};

      // co_await ev (line 41)
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

      builder_.set_result(c.v);
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

} // namespace svc

class Vault;

class Auditor {
public:
  struct inspect_machine;
  ASL_ASYNC asl::Task<int> inspect(Vault &v);
};

class Vault {
public:
  explicit Vault(int gold) : gold_(gold) {}
  friend struct audit_machine;
  friend asl::Task<int> audit(Vault &v);
  friend struct Auditor::inspect_machine;
  friend asl::Task<int> Auditor::inspect(Vault &v);

private:
  struct Receipt {
    int amount;
  };
  int gold_;
};

// The state machine of audit(), line 66. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct audit_machine {
  explicit audit_machine(Vault &v) : v(v) {}
  ~audit_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Vault::Receipt, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Vault &v;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    Vault::Receipt r;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> audit(Vault &v) {
  return asl::start<audit_machine>(v);
}

inline void audit_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(r)) Vault::Receipt{v.gold_};

      // co_await ev (line 68)
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

      builder_.set_result(r.amount + v.gold_);
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

// The state machine of Auditor::inspect(), line 72. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct Auditor::inspect_machine {
  inspect_machine(Auditor *this_, Vault &v) : this_(this_), v(v) {}
  ~inspect_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Vault::Receipt, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Auditor *this_;
  Vault &v;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    Vault::Receipt r;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> Auditor::inspect(Vault &v) {
  return asl::start<inspect_machine>(this, v);
}

inline void Auditor::inspect_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(r)) Vault::Receipt{v.gold_ * 2};

      // co_await ev (line 74)
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

      builder_.set_result(r.amount + v.gold_);
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
  std::printf("run %d\n", asl::sync_wait(svc::run()));
  Vault v(10);
  Auditor a;
  std::printf("audit %d\n", asl::sync_wait(audit(v)));
  std::printf("inspect %d\n", asl::sync_wait(a.inspect(v)));
}
