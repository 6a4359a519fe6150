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

  ASL_ASYNC asl::Task<int> balance(const std::string &owner) const {
    co_await loop_.yield();
    co_return accounts_.at(owner);
  }

  ASL_ASYNC static asl::Task<std::string> format(RunLoop &loop, int cents) {
    co_await loop.yield();
    std::string text = std::to_string(cents / 100) + ".";
    text += std::to_string(cents % 100 / 10) + std::to_string(cents % 10);
    co_return text;
  }

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

ASL_ASYNC asl::Task<bool> Bank::transfer(std::string from, const std::string &to,
                                         int cents, int &fees_paid) {
  for (char &c : from)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  int available = co_await balance(from);
  if (available < cents + fee_) {
    audit_.push_back(name_ + ": refused " + from + " -> " + to);
    co_return false;
  }
  accounts_[from] -= cents + fee_;
  co_await loop_.yield();
  this->accounts_[to] += cents;
  fees_paid += fee_;
  audit_.push_back(name_ + ": " + from + " -> " + to + " " +
                   std::to_string(cents));
  co_return true;
}

ASL_ASYNC asl::Task<int> month_end(Bank &bank, RunLoop &loop) {
  int fees = 0;
  std::string payer = "ALICE";
  bool rent = co_await bank.transfer(payer, "bob", 50000, fees);
  bool gym = co_await bank.transfer("Bob", "carol", 4000, fees);
  bool car = co_await bank.transfer(payer, "carol", 90000, fees);
  std::cout << "rent " << rent << ", gym " << gym << ", car " << car
            << ", payer still " << payer << "\n";

  std::vector<std::string> owners = {"alice", "bob", "carol"};
  for (std::size_t i = 0; i < owners.size(); ++i) {
    int cents = co_await bank.balance(owners[i]);
    std::string shown = co_await Bank::format(loop, cents);
    std::cout << owners[i] << " has " << shown << "\n";
  }
  co_return fees;
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
