// d39: C# lock-like sections with asl::Mutex: several tasks update a shared
// account under the mutex, awaiting inside the held section; one releases
// early; results and order are deterministic (single thread, FIFO events).
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <any>
#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
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


struct Account {
  asl::Mutex mu;
  int balance = 100;
  std::vector<std::string> log;
};
ASL_ASYNC asl::Task<bool> withdraw(Account &acc, int amount, int id) {
  asl::MutexLock lock = co_await acc.mu.lock();
  Tr t("w" + std::to_string(id));
  int b = acc.balance;
  co_await later(id);
  if (b < amount) {
    acc.log.push_back("deny" + std::to_string(id));
    co_return false;
  }
  acc.balance = b - amount;
  acc.log.push_back("ok" + std::to_string(id));
  lock.unlock();
  co_await later(10 + id);
  co_return true;
}

int main() {
  Account acc;
  std::vector<asl::Task<bool>> ts;
  for (int i = 1; i <= 4; ++i)
    ts.push_back(withdraw(acc, 30 + i, i));
  pump();
  for (auto &t : ts)
    std::printf("%d\n", asl::sync_wait(std::move(t)));
  for (auto &s : acc.log)
    std::printf("%s ", s.c_str());
  std::printf("balance %d\n", acc.balance);
}
