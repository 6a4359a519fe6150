// c36: a C#-style service class: async methods using members and `this`
// across awaits, calling each other, a member task started in the
// constructor and awaited later, a static async factory.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a moved-from Tr is silent, so extra moves do not show.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// later(v) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
ASL_ASYNC asl::Task<int> now(int v) {
  std::printf("now %d\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<std::string> word(std::string s) {
  std::printf("word %s\n", s.c_str());
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return s;
}
ASL_ASYNC asl::Task<bool> flag(const char *tag, bool b) {
  std::printf("flag %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return b;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}


class Account {
public:
  ASL_ASYNC static asl::Task<std::unique_ptr<Account>> open(std::string n) {
    co_await later(1);
    auto acc = std::unique_ptr<Account>(new Account(std::move(n)));
    co_await acc->loaded_;
    co_return acc;
  }
  ASL_ASYNC asl::Task<int> deposit(int amount) {
    co_await later(amount);
    balance_ += amount;
    history_.push_back("+" + std::to_string(amount));
    co_return balance_;
  }
  ASL_ASYNC asl::Task<bool> withdraw(int amount) {
    if (co_await this->balance() < amount) {
      history_.push_back("refused");
      co_return false;
    }
    balance_ -= co_await confirm(amount);
    history_.push_back("-" + std::to_string(amount));
    co_return true;
  }
  ASL_ASYNC asl::Task<int> balance() const {
    co_await later(0);
    co_return balance_;
  }
  void print() const {
    std::printf("%s:", name_.c_str());
    for (auto &h : history_)
      std::printf(" %s", h.c_str());
    std::printf(" = %d\n", balance_);
  }

private:
  explicit Account(std::string n) : name_(std::move(n)), loaded_(load()) {}
  ASL_ASYNC asl::Task<void> load() {
    co_await later(2);
    balance_ = 10;
    history_.push_back("loaded");
  }
  ASL_ASYNC asl::Task<int> confirm(int amount) {
    co_await later(3);
    co_return amount;
  }
  std::string name_;
  int balance_ = 0;
  std::vector<std::string> history_;
  asl::Task<void> loaded_;
};

ASL_ASYNC asl::Task<int> app() {
  auto acc = co_await Account::open("alice");
  co_await acc->deposit(5);
  bool a = co_await acc->withdraw(12);
  bool b = co_await acc->withdraw(100);
  acc->print();
  co_return a * 10 + b;
}

int main() { std::printf("r=%d\n", drive(app())); }
