// A bank-transfer simulation: transfers debit, await an audit step, credit;
// a failed credit rolls the debit back through an RAII compensation guard;
// the ledger is checked for conservation of money at the end.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>
#include <asl/channel.h>
#include <asl/mutex.h>
#include <asl/thread_pool.h>
#include <asl/timer_queue.h>
#include <asl/cancellation.h>

#include <algorithm>
#include <any>
#include <array>
#include <bitset>
#include <chrono>
#include <complex>
#include <iostream>
#include <list>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <queue>
#include <numeric>
#include <cctype>
#include <mutex>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// T prints its life; a moved-from T is silent, so extra moves do not show.
struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  T(const T &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  T &operator=(const T &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  T &operator=(T &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~T() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Hold suspends; pump() resumes the suspended tasks in order.
static std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void pump() {
  while (!parked.empty()) {
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> num(const char *tag, int v) {
  std::printf("num %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::string> text(std::string v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<bool> yes(const char *tag, bool v) {
  std::printf("yes %s\n", tag);
  co_await Hold{};
  co_return v;
}

struct InsufficientFunds : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct Frozen : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Account {
  std::string owner;
  long cents;
  bool frozen = false;
};

class Bank {
  std::map<std::string, Account> accounts_;
  std::vector<std::string> journal_;

public:
  void open(std::string who, long cents) {
    accounts_[who] = Account{who, cents};
  }
  void freeze(const std::string &who) { accounts_.at(who).frozen = true; }
  long total() const {
    long t = 0;
    for (const auto &kv : accounts_)
      t += kv.second.cents;
    return t;
  }
  const std::vector<std::string> &journal() const { return journal_; }
  void print() const {
    for (const auto &kv : accounts_)
      std::printf("  %-6s %6ld%s\n", kv.first.c_str(), kv.second.cents,
                  kv.second.frozen ? " (frozen)" : "");
  }

  struct Compensation {
    Bank &bank;
    std::string who;
    long cents;
    bool committed = false;
    ~Compensation() {
      if (!committed) {
        bank.accounts_.at(who).cents += cents;
        bank.journal_.push_back("rollback " + who + " " +
                                std::to_string(cents));
      }
    }
  };

  ASL_ASYNC asl::Task<void> audit(const std::string &from,
                                  const std::string &to, long cents) {
    co_await Hold{};
    if (cents > 100000)
      throw std::runtime_error("audit refused " + std::to_string(cents));
    journal_.push_back("audit " + from + "->" + to);
  }

  ASL_ASYNC asl::Task<bool> transfer(std::string from, std::string to,
                                     long cents) {
    Account &src = accounts_.at(from);
    if (src.frozen)
      throw Frozen(from + " is frozen");
    if (src.cents < cents)
      throw InsufficientFunds(from + " has " + std::to_string(src.cents));
    src.cents -= cents;
    Compensation undo{*this, from, cents};
    journal_.push_back("debit " + from + " " + std::to_string(cents));
    co_await audit(from, to, cents);
    Account &dst = accounts_.at(to);
    if (dst.frozen)
      throw Frozen(to + " is frozen");
    co_await Hold{};
    dst.cents += cents;
    undo.committed = true;
    journal_.push_back("credit " + to + " " + std::to_string(cents));
    co_return true;
  }
};

ASL_ASYNC asl::Task<int>
batch(Bank &bank,
      std::vector<std::tuple<std::string, std::string, long>> plan) {
  int ok = 0;
  for (auto &[from, to, cents] : plan) {
    try {
      if (co_await bank.transfer(from, to, cents))
        ++ok;
    } catch (const InsufficientFunds &e) {
      std::printf("insufficient: %s\n", e.what());
    } catch (const Frozen &e) {
      std::printf("frozen: %s\n", e.what());
    } catch (const std::out_of_range &) {
      std::printf("no such account in %s->%s\n", from.c_str(), to.c_str());
    } catch (const std::exception &e) {
      std::printf("other: %s\n", e.what());
    }
  }
  co_return ok;
}

int main() {
  Bank bank;
  bank.open("ann", 50000);
  bank.open("bob", 20000);
  bank.open("cy", 300000);
  bank.freeze("cy");
  long before = bank.total();
  auto t = batch(bank, {{"ann", "bob", 10000},
                        {"bob", "cy", 5000},
                        {"bob", "zed", 100},
                        {"cy", "ann", 1},
                        {"ann", "bob", 90000},
                        {"bob", "ann", 25000}});
  pump();
  std::printf("ok %d\n", asl::sync_wait(std::move(t)));
  bank.freeze("ann");
  bank.print();
  for (const auto &j : bank.journal())
    std::printf("  %s\n", j.c_str());
  std::printf("conserved %d\n", before == bank.total());
}
