// h12 as first written: Bank's constructor (not async) calls
// accounts_.try_emplace(i, i, 100L * i) on an aggregate Account, C++20's
// parenthesized aggregate initialization inside std::map. The lowered file
// is C++17, so it does not compile there (documented: the rest of the file
// must be C++17; only async bodies get ParenAggregates).
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <functional>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

struct ScopeExit {
  std::function<void()> f;
  ~ScopeExit() { f(); }
};

struct Account {
  int id;
  long balance;
  asl::Mutex lock;
};

class Bank {
public:
  Bank() {
    for (int i = 1; i <= 3; ++i)
      accounts_.try_emplace(i, i, 100L * i);
  }
  ASL_ASYNC asl::Task<bool> transfer(int from, int to, long amount) {
    Account &a = accounts_.at(from);
    Account &b = accounts_.at(to);
    Account &first = a.id < b.id ? a : b;
    Account &second = a.id < b.id ? b : a;
    auto l1 = co_await first.lock.lock();
    co_await tick_;
    auto l2 = co_await second.lock.lock();
    ScopeExit audit{[&] {
      log_.push_back(std::to_string(from) + "->" + std::to_string(to) + " " +
                     std::to_string(amount));
    }};
    long before = a.balance;
    try {
      a.balance -= amount;
      co_await tick_;
      if (a.balance < 0)
        throw std::runtime_error("insufficient funds in " +
                                 std::to_string(from));
      b.balance += amount;
    } catch (...) {
      a.balance = before;
      log_.push_back("rollback " + std::to_string(from));
      throw;
    }
    co_return true;
  }
  long balance(int id) const { return accounts_.at(id).balance; }
  const std::vector<std::string> &log() const { return log_; }
  asl::Event tick_{true};

private:
  std::map<int, Account> accounts_;
  std::vector<std::string> log_;
};

ASL_ASYNC asl::Task<std::string> attempt(Bank &bank, int f, int t, long amt) {
  try {
    co_await bank.transfer(f, t, amt);
    co_return "ok";
  } catch (const std::exception &e) {
    co_return std::string("failed: ") + e.what();
  }
}

int main() {
  Bank bank;
  bank.tick_.reset();
  auto all = asl::when_all(attempt(bank, 1, 2, 50), attempt(bank, 2, 1, 30),
                           attempt(bank, 3, 1, 400), attempt(bank, 2, 3, 120));
  for (int i = 0; i < 20 && !all.is_ready(); ++i) {
    bank.tick_.set();
    bank.tick_.reset();
  }
  bank.tick_.set();
  auto [a, b, c, d] = asl::sync_wait(std::move(all));
  std::cout << a << "\n" << b << "\n" << c << "\n" << d << "\n";
  for (int id = 1; id <= 3; ++id)
    std::cout << "account " << id << ": " << bank.balance(id) << "\n";
  for (const auto &l : bank.log())
    std::cout << l << "\n";
}
