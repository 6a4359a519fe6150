// Checks async member functions: a const member and a static member defined in
// the class body, a member defined outside it that reads and writes `this`
// across awaits, and parameters by value (changed locally) and by reference.
#include <asl/task.h>

#include <cctype>
#include <deque>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

class RunLoop {
public:
  struct Yield {
    RunLoop *loop;
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      loop->queue_.push_back([h] { h.resume(); });
    }
    void await_resume() const {}
  };
  Yield yield() { return Yield{this}; }
  void run() {
    while (!queue_.empty()) {
      std::function<void()> next = std::move(queue_.front());
      queue_.pop_front();
      next();
    }
  }

private:
  std::deque<std::function<void()>> queue_;
};

class Bank {
public:
  Bank(RunLoop &loop, std::string name) : loop_(loop), name_(std::move(name)) {}

  void open(const std::string &owner, int cents) { accounts_[owner] = cents; }

  struct balance_machine;
  ASL_ASYNC asl::Task<int> balance(const std::string &owner) const;

  struct format_machine;
  ASL_ASYNC static asl::Task<std::string> format(RunLoop &loop, int cents);

  struct transfer_machine;
  ASL_ASYNC asl::Task<bool> transfer(std::string from, const std::string &to,
                                     int cents, int &fees_paid);

  const std::vector<std::string> &audit() const { return audit_; }

private:
  RunLoop &loop_;
  std::string name_;
  std::map<std::string, int> accounts_;
  std::vector<std::string> audit_;
  int fee_ = 25;
};

// The state machine of Bank::balance(), line 43. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Bank::balance_machine {
  balance_machine(const Bank *this_, const std::string &owner)
      : this_(this_), owner(owner) {}
  ~balance_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable = asl::relocatable<RunLoop::Yield> &&
                                      !asl::usually_suspends<RunLoop::Yield>;

  asl::task_builder<int> builder_;
  const Bank *this_;
  const std::string &owner;
  union {
    RunLoop::Yield awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Bank::balance(const std::string &owner) const {
  return asl::start<balance_machine>(this, owner);
}

inline void Bank::balance_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop_.yield() (line 44)
      ::new (asl::place(awaiter0_)) RunLoop::Yield(this_->loop_.yield());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(this_->accounts_.at(owner));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Bank::format(), line 48. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Bank::format_machine {
  format_machine(RunLoop &loop, int &cents)
      : loop(loop), cents(std::move(cents)) {}
  ~format_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable = asl::relocatable<RunLoop::Yield, int> &&
                                      !asl::usually_suspends<RunLoop::Yield>;

  asl::task_builder<std::string> builder_;
  RunLoop &loop;
  union {
    RunLoop::Yield awaiter0_;
  };
  int cents;
  int state_ = -1;

  void move_next();
};

inline asl::Task<std::string> Bank::format(RunLoop &loop, int cents) {
  return asl::start<format_machine>(loop, cents);
}

inline void Bank::format_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.yield() (line 49)
      ::new (asl::place(awaiter0_)) RunLoop::Yield(loop.yield());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::string text = std::to_string(cents / 100) + ".";
      text += std::to_string(cents % 100 / 10) + std::to_string(cents % 10);
      builder_.set_result(std::move(text));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Bank::transfer(), line 68. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Bank::transfer_machine {
  transfer_machine(Bank *this_, std::string &from, const std::string &to,
                   int &cents, int &fees_paid)
      : from(std::move(from)), this_(this_), to(to), fees_paid(fees_paid),
        cents(std::move(cents)) {}
  ~transfer_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'from' may be kept
  // (line 70).
  static constexpr bool relocatable = false;

  asl::task_builder<bool> builder_;
  std::string from;
  Bank *this_;
  const std::string &to;
  int &fees_paid;
  union {
    asl::task_awaiter<int> awaiter0_;
    RunLoop::Yield awaiter1_;
  };
  int cents;
  int available;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<bool> Bank::transfer(std::string from,
                                         const std::string &to, int cents,
                                         int &fees_paid) {
  return asl::start<transfer_machine>(this, from, to, cents, fees_paid);
}

inline void Bank::transfer_machine::move_next() {
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
      for (char &c : from)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      // co_await balance(from) (line 72)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{this_->balance(from)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      available = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      if (available < cents + this_->fee_) {
        this_->audit_.push_back(this_->name_ + ": refused " + from + " -> " +
                                to);
        builder_.set_result(false);
        goto finish_;
      }
      this_->accounts_[from] -= cents + this_->fee_;
      // co_await loop_.yield() (line 78)
      ::new (asl::place(awaiter1_)) RunLoop::Yield(this_->loop_.yield());
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      this_->accounts_[to] += cents;
      fees_paid += this_->fee_;
      this_->audit_.push_back(this_->name_ + ": " + from + " -> " + to + " " +
                              std::to_string(cents));
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

// The state machine of month_end(), line 86. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct month_end_machine {
  month_end_machine(Bank &bank, RunLoop &loop) : bank(bank), loop(loop) {}
  ~month_end_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'fees' may be kept
  // (line 89).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Bank &bank;
  RunLoop &loop;
  union {
    std::string payer;
  };
  union {
    std::vector<std::string> owners;
  };
  std::size_t i;
  union {
    std::string spill0_;
    std::string spill2_;
    std::string spill4_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<std::string> awaiter4_;
  };
  union {
    std::string temporary1_;
    std::string temporary3_;
    std::string temporary5_;
  };
  union {
    asl::task_awaiter<bool> awaiter0_;
    asl::task_awaiter<bool> awaiter1_;
    asl::task_awaiter<bool> awaiter2_;
  };
  int fees;
  int cents;
  bool rent;
  bool gym;
  bool car;
  int state_ = -1;
  bool payer_live_ = false;
  bool owners_live_ = false;
  bool spill0_live_ = false;
  bool temporary1_live_ = false;
  bool spill2_live_ = false;
  bool temporary3_live_ = false;
  bool spill4_live_ = false;
  bool temporary5_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(owners, owners_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(temporary5_, temporary5_live_);
    asl::destroy(spill4_, spill4_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(spill2_, spill2_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(spill0_, spill0_live_);
    asl::destroy(payer, payer_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> month_end(Bank &bank, RunLoop &loop) {
  return asl::start<month_end_machine>(bank, loop);
}

inline void month_end_machine::move_next() {
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
    default:
      break;
    }
    {
      fees = 0;

      ::new (asl::place(payer)) std::string("ALICE");
      payer_live_ = true;

      ::new (asl::place(spill0_)) std::string(payer);
      spill0_live_ = true;
      ::new (asl::place(temporary1_)) std::string("bob");
      temporary1_live_ = true;
      // co_await bank.transfer(payer, "bob", 50000, fees) (line 89)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<bool>{
          bank.transfer(std::move(spill0_), temporary1_, 50000, fees)};
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
      rent = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(temporary1_, temporary1_live_);
      asl::destroy(spill0_, spill0_live_);

      ::new (asl::place(spill2_)) std::string("Bob");
      spill2_live_ = true;
      ::new (asl::place(temporary3_)) std::string("carol");
      temporary3_live_ = true;
      // co_await bank.transfer("Bob", "carol", 4000, fees) (line 90)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<bool>{
          bank.transfer(std::move(spill2_), temporary3_, 4000, fees)};
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
      gym = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary3_, temporary3_live_);
      asl::destroy(spill2_, spill2_live_);

      ::new (asl::place(spill4_)) std::string(payer);
      spill4_live_ = true;
      ::new (asl::place(temporary5_)) std::string("carol");
      temporary5_live_ = true;
      // co_await bank.transfer(payer, "carol", 90000, fees) (line 91)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<bool>{
          bank.transfer(std::move(spill4_), temporary5_, 90000, fees)};
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
      car = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(temporary5_, temporary5_live_);
      asl::destroy(spill4_, spill4_live_);

      std::cout << "rent " << rent << ", gym " << gym << ", car " << car
                << ", payer still " << payer << "\n";

      ::new (asl::place(owners))
          std::vector<std::string>{"alice", "bob", "carol"};
      owners_live_ = true;

      for (i = 0; i < owners.size(); ++i) {
        // co_await bank.balance(owners[i]) (line 97)
        ::new (asl::place(awaiter3_))
            asl::task_awaiter<int>{bank.balance(owners[i])};
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
        cents = awaiter3_.await_resume();
        asl::destroy(awaiter3_, awaiter3_live_);

        // co_await Bank::format(loop, cents) (line 98)
        ::new (asl::place(awaiter4_))
            asl::task_awaiter<std::string>{Bank::format(loop, cents)};
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
        std::string shown = awaiter4_.await_resume();
        asl::destroy(awaiter4_, awaiter4_live_);

        std::cout << owners[i] << " has " << shown << "\n";
      }
      builder_.set_result(std::move(fees));
      asl::destroy(owners, owners_live_);
      asl::destroy(payer, payer_live_);
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
  RunLoop loop;
  Bank bank(loop, "First Async");
  bank.open("alice", 120000);
  bank.open("bob", 1000);
  bank.open("carol", 0);

  asl::Task<int> run = month_end(bank, loop);
  loop.run();
  int fees = asl::sync_wait(std::move(run));
  std::cout << "fees collected: " << fees << "\n";
  for (const std::string &line : bank.audit())
    std::cout << line << "\n";
}
