// Plain lambdas inside an async function that copy what they capture, where
// the captured entity lives in the machine: a structured binding captured by
// `[=]` and by name, one captured by reference, and `*this` in an async
// member. Each copy is taken when the lambda is created, so later writes are
// not seen, as natively; the by-reference capture sees them.
#include <asl/task.h>

#include <cstdio>
#include <utility>

asl::Event ready;

struct Account {
  int balance = 10;

  struct audit_machine;
  ASL_ASYNC asl::Task<int> audit();
};

// The state machine of Account::audit(), line 19. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Account::audit_machine {
  explicit audit_machine(Account *this_) : this_(this_) {}
  ~audit_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Account *this_;
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

ASL_ASYNC asl::Task<int> Account::audit() {
  return asl::start<audit_machine>(this);
}

inline void Account::audit_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 20)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      auto snapshot = [this_copy_ = *this_] { return (&this_copy_)->balance; };
      auto live = [this] { return this_->balance; };
      this_->balance = 99;
      std::printf("snapshot %d, live %d\n", snapshot(), live());
      builder_.set_result(snapshot());
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

// The state machine of bindings(), line 28. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct bindings_machine {
  bindings_machine() {}
  ~bindings_machine() { destroy_live(); }

  // Built in its heap box from the start: 'b' is captured by reference by the
  // lambda on line 32, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *a_;
  int *b_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    std::pair<int, int> bindings0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> bindings() { return asl::start<bindings_machine>(); }

inline void bindings_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_))
          std::pair<int, int>(std::pair<int, int>{1, 2});
      a_ = asl::bound_address(std::get<0>(std::move(bindings0_)));
      b_ = asl::bound_address(std::get<1>(std::move(bindings0_)));

      // co_await ready (line 30)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      auto by_value = [=, a = (*a_), b = (*b_)] { return a + b; };
      auto named = [a = (*a_), &b = (*b_)] { return a * 10 + b; };
      (*a_) = 100;
      (*b_) = 7;
      std::printf("by value %d, named %d\n", by_value(), named());
      builder_.set_result((*a_) + (*b_));
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
  Account account;
  asl::Task<int> first = account.audit();
  asl::Task<int> second = bindings();
  ready.set();
  std::printf("audit %d\n", asl::sync_wait(std::move(first)));
  std::printf("bindings %d\n", asl::sync_wait(std::move(second)));
}
