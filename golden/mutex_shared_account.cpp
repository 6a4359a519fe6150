// Checks asl::Mutex guarding an account on an asl::RunLoop: tellers that read,
// yield to the loop and write while holding the lock never lose an update,
// waiters get the mutex in the order they asked, and a cancelled lock() ends
// with operation_cancelled without taking the mutex.
#include <asl/cancellation.h>
#include <asl/mutex.h>
#include <asl/run_loop.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <iostream>
#include <string>
#include <vector>

struct Account {
  asl::Mutex mutex;
  int balance = 100;
  int updates = 0;
};

// The state machine of teller(), line 21. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct teller_machine {
  teller_machine(asl::RunLoop &loop, Account &account, std::string &name,
                 int &amount, int &rounds)
      : name(std::move(name)), loop(loop), account(account),
        amount(std::move(amount)), rounds(std::move(rounds)) {}
  ~teller_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'name' may be kept
  // (line 29).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::string name;
  asl::RunLoop &loop;
  Account &account;
  union {
    asl::MutexLock held;
  };
  union {
    asl::lock_awaiter awaiter0_;
    asl::RunLoop::schedule_awaiter awaiter1_;
  };
  int amount;
  int rounds;
  int applied;
  int round;
  int seen;
  int state_ = -1;
  bool held_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(held, held_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> teller(asl::RunLoop &loop, Account &account,
                                std::string name, int amount, int rounds) {
  return asl::start<teller_machine>(loop, account, name, amount, rounds);
}

inline void teller_machine::move_next() {
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
      applied = 0;

      for (round = 1; round <= rounds; ++round) {
        // co_await account.mutex.lock() (line 25)
        ::new (asl::place(awaiter0_)) asl::lock_awaiter(account.mutex.lock());
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
        ::new (asl::place(held)) asl::MutexLock(awaiter0_.await_resume());
        held_live_ = true;
        asl::destroy(awaiter0_, awaiter0_live_);

        seen = account.balance;

        // co_await loop.schedule() (line 27)
        ::new (asl::place(awaiter1_))
            asl::RunLoop::schedule_awaiter(loop.schedule());
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
        // the other tellers run meanwhile
        if (seen + amount < 0) {
          std::cout << name << " round " << round << ": refused at " << seen
                    << "\n";
          asl::destroy(held, held_live_);
          continue;
        }
        account.balance = seen + amount;
        ++account.updates;
        ++applied;
        std::cout << name << " round " << round << ": " << seen << " -> "
                  << account.balance << "\n";
        asl::destroy(held, held_live_);
      }
      builder_.set_result(std::move(applied));
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

// The state machine of auditor(), line 42. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct auditor_machine {
  auditor_machine(Account &account, asl::CancellationToken &stop)
      : stop(std::move(stop)), account(account) {}
  ~auditor_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::lock_awaiter,
                       asl::parameter_copy<asl::CancellationToken>>;

  asl::task_builder<int> builder_;
  asl::CancellationToken stop;
  Account &account;
  union {
    asl::lock_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> auditor(Account &account,
                                 asl::CancellationToken stop) {
  return asl::start<auditor_machine>(account, stop);
}

inline void auditor_machine::move_next() {
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

        // co_await account.mutex.lock(stop) (line 44)
        ::new (asl::place(awaiter0_))
            asl::lock_awaiter(account.mutex.lock(stop));
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        asl::MutexLock held = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        std::cout << "audit saw " << account.balance << "\n";
        builder_.set_result(1);
        goto finish_;

      } catch (const asl::operation_cancelled &error) {
        asl::destroy(awaiter0_, awaiter0_live_);

        std::cout << "audit: " << error.what() << "\n";
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

// The state machine of run_bank(), line 53. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct run_bank_machine {
  explicit run_bank_machine(asl::RunLoop &loop) : loop(loop) {}
  ~run_bank_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'tellers' may be kept
  // (line 57).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::RunLoop &loop;
  union {
    Account account;
  };
  union {
    asl::CancellationSource stop;
  };
  union {
    std::vector<asl::Task<int>> tellers;
  };
  union {
    asl::Task<int> audit;
  };
  union {
    std::vector<int> applied;
  };
  union {
    asl::MutexLock last;
  };
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::task_ref_awaiter<int> awaiter1_;
    asl::task_awaiter<std::vector<int>> awaiter2_;
    asl::lock_awaiter awaiter3_;
  };
  int audits;
  int total;
  int state_ = -1;
  bool account_live_ = false;
  bool stop_live_ = false;
  bool tellers_live_ = false;
  bool audit_live_ = false;
  bool applied_live_ = false;
  bool last_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(last, last_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(applied, applied_live_);
    asl::destroy(audit, audit_live_);
    asl::destroy(tellers, tellers_live_);
    asl::destroy(stop, stop_live_);
    asl::destroy(account, account_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run_bank(asl::RunLoop &loop) {
  return asl::start<run_bank_machine>(loop);
}

inline void run_bank_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(account)) Account;
      account_live_ = true;

      ::new (asl::place(stop)) asl::CancellationSource;
      stop_live_ = true;

      ::new (asl::place(tellers)) std::vector<asl::Task<int>>;
      tellers_live_ = true;

      tellers.push_back(teller(loop, account, "alice", 30, 3));
      tellers.push_back(teller(loop, account, "bob", -80, 3));
      ::new (asl::place(audit)) asl::Task<int>(auditor(account, stop.token()));
      audit_live_ = true;

      tellers.push_back(teller(loop, account, "carol", 5, 2));
      // co_await loop.schedule() (line 61)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
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

      std::cout << "cancel the audit\n";
      stop.cancel();
      // co_await audit (line 64)
      ::new (asl::place(awaiter1_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(audit));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      audits = awaiter1_.await_resume();

      // co_await asl::when_all(std::move(tellers)) (line 65)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<std::vector<int>>{
          asl::when_all(std::move(tellers))};
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
      ::new (asl::place(applied)) std::vector<int>(awaiter2_.await_resume());
      applied_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);

      total = 0;

      for (int n : applied)
        total += n;
      std::cout << "applied " << total << " of " << account.updates
                << ", audits " << audits << "\n";
      // co_await account.mutex.lock() (line 71)
      ::new (asl::place(awaiter3_)) asl::lock_awaiter(account.mutex.lock());
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
      ::new (asl::place(last)) asl::MutexLock(awaiter3_.await_resume());
      last_live_ = true;
      asl::destroy(awaiter3_, awaiter3_live_);

      std::cout << "final balance " << account.balance << "\n";
      builder_.set_result(account.balance);
      asl::destroy(last, last_live_);
      asl::destroy(applied, applied_live_);
      asl::destroy(audit, audit_live_);
      asl::destroy(tellers, tellers_live_);
      asl::destroy(stop, stop_live_);
      asl::destroy(account, account_live_);
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
  asl::RunLoop loop;
  int balance = loop.run([&] { return run_bank(loop); });
  std::cout << "done: " << balance << "\n";
  return balance == 40 ? 0 : 1;
}
