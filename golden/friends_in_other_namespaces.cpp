// Async functions that classes of other namespaces, or a class local to a
// function, declare their friends: each class befriends the function's
// machine by its qualified name (`friend struct ::tools::audit_machine;`),
// which the lowering declares first, before the namespace or function
// around the class, so the bodies keep reading private members.
#include <asl/task.h>

#include <cstdio>

asl::Event ev(true);

namespace bank {
class Vault;
}
namespace tools {
asl::Task<int> audit(bank::Vault &v);
inline namespace v2 {
asl::Task<int> count(const bank::Vault &v);
}
} // namespace tools
asl::Task<int> peek(int seed);

namespace tools {
inline namespace v2 {
struct count_machine;
}
} // namespace tools

namespace tools {
struct audit_machine;
}

namespace bank {
class Vault {
  friend struct ::tools::audit_machine;
  friend asl::Task<int> tools::audit(Vault &v);
  friend struct ::tools::v2::count_machine;
  friend asl::Task<int> tools::count(const Vault &v);
  int gold_ = 1;
  struct Coin {
    int weight;
  };
  Coin coin() const { return Coin{gold_ + 2}; }
};
} // namespace bank

namespace tools {
// The state machine of tools::audit(), line 36. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct audit_machine {
  explicit audit_machine(bank::Vault &v) : v(v) {}
  ~audit_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, bank::Vault::Coin> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  bank::Vault &v;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    bank::Vault::Coin coin;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> audit(bank::Vault &v) {
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
      ::new (asl::place(coin)) bank::Vault::Coin(v.coin());

      // co_await ev (line 38)
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

      v.gold_ += coin.weight;
      builder_.set_result(v.gold_);
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

inline namespace v2 {
// The state machine of tools::count(), line 43. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct count_machine {
  explicit count_machine(const bank::Vault &v) : v(v) {}
  ~count_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const bank::Vault &v;
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

ASL_ASYNC asl::Task<int> count(const bank::Vault &v) {
  return asl::start<count_machine>(v);
}

inline void count_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 44)
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

      builder_.set_result(v.gold_ * 10);
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

} // namespace v2
} // namespace tools

struct peek_machine;

int lookup() {
  asl::Task<int> peek(int seed);
  class Secret {
    friend struct ::peek_machine;
    friend asl::Task<int> peek(int seed);
    static int code() { return 40; }

  public:
    static int open() { return code() / 20; }
  };
  return Secret::open();
}

// The state machine of peek(), line 62. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct peek_machine {
  explicit peek_machine(int &seed) : seed(std::move(seed)) {}
  ~peek_machine() { destroy_live(); }

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
  int seed;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> peek(int seed) {
  return asl::start<peek_machine>(seed);
}

inline void peek_machine::move_next() {
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

      builder_.set_result(seed + lookup());
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
  bank::Vault v;
  std::printf("audit %d\n", asl::sync_wait(tools::audit(v)));
  std::printf("count %d\n", asl::sync_wait(tools::count(v)));
  std::printf("peek %d\n", asl::sync_wait(peek(1)));
}
