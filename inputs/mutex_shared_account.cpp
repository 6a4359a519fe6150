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

ASL_ASYNC asl::Task<int> teller(asl::RunLoop &loop, Account &account,
                                std::string name, int amount, int rounds) {
  int applied = 0;
  for (int round = 1; round <= rounds; ++round) {
    asl::MutexLock held = co_await account.mutex.lock();
    int seen = account.balance;
    co_await loop.schedule(); // the other tellers run meanwhile
    if (seen + amount < 0) {
      std::cout << name << " round " << round << ": refused at " << seen
                << "\n";
      continue;
    }
    account.balance = seen + amount;
    ++account.updates;
    ++applied;
    std::cout << name << " round " << round << ": " << seen << " -> "
              << account.balance << "\n";
  }
  co_return applied;
}

ASL_ASYNC asl::Task<int> auditor(Account &account, asl::CancellationToken stop) {
  try {
    asl::MutexLock held = co_await account.mutex.lock(stop);
    std::cout << "audit saw " << account.balance << "\n";
    co_return 1;
  } catch (const asl::operation_cancelled &error) {
    std::cout << "audit: " << error.what() << "\n";
  }
  co_return 0;
}

ASL_ASYNC asl::Task<int> run_bank(asl::RunLoop &loop) {
  Account account;
  asl::CancellationSource stop;
  std::vector<asl::Task<int>> tellers;
  tellers.push_back(teller(loop, account, "alice", 30, 3));
  tellers.push_back(teller(loop, account, "bob", -80, 3));
  asl::Task<int> audit = auditor(account, stop.token());
  tellers.push_back(teller(loop, account, "carol", 5, 2));
  co_await loop.schedule();
  std::cout << "cancel the audit\n";
  stop.cancel();
  int audits = co_await audit;
  std::vector<int> applied = co_await asl::when_all(std::move(tellers));
  int total = 0;
  for (int n : applied)
    total += n;
  std::cout << "applied " << total << " of " << account.updates
            << ", audits " << audits << "\n";
  asl::MutexLock last = co_await account.mutex.lock();
  std::cout << "final balance " << account.balance << "\n";
  co_return account.balance;
}

int main() {
  asl::RunLoop loop;
  int balance = loop.run([&] { return run_bank(loop); });
  std::cout << "done: " << balance << "\n";
  return balance == 40 ? 0 : 1;
}
