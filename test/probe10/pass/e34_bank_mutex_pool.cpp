// e34: a bank on the thread pool: transfers between accounts under one
// asl::Mutex per bank, many concurrent tasks, RAII lock held across an
// await of pool.yield(); failed transfers throw inside the lock; totals
// are deterministic.
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

class Bank {
public:
  explicit Bank(asl::ThreadPool &p) : pool_(p), bal_(4, 100) {}
  ASL_ASYNC asl::Task<bool> transfer(int from, int to, int amount) {
    co_await pool_.schedule();
    asl::MutexLock held = co_await mu_.lock();
    if (bal_[from] < amount)
      throw std::runtime_error("insufficient");
    bal_[from] -= amount;
    co_await pool_.yield();
    bal_[to] += amount;
    ++done_;
    co_return true;
  }
  ASL_ASYNC asl::Task<int> total() {
    asl::MutexLock held = co_await mu_.lock();
    int s = 0;
    for (int b : bal_)
      s += b;
    co_return s;
  }
  int done() const { return done_; }

private:
  asl::ThreadPool &pool_;
  asl::Mutex mu_;
  std::vector<int> bal_;
  int done_ = 0;
};

ASL_ASYNC asl::Task<int> one(Bank &b, int i) {
  try {
    co_await b.transfer(i % 4, (i + 1) % 4, i % 7 == 0 ? 1000 : 3);
    co_return 1;
  } catch (const std::runtime_error &) {
    co_return 0;
  }
}

ASL_ASYNC asl::Task<int> app(asl::ThreadPool &pool) {
  Bank bank(pool);
  std::vector<asl::Task<int>> ts;
  for (int i = 0; i < 60; ++i)
    ts.push_back(one(bank, i));
  int ok = 0;
  for (int r : co_await asl::when_all(std::move(ts)))
    ok += r;
  int total = co_await bank.total();
  std::printf("ok %d done %d total %d\n", ok, bank.done(), total);
  co_return total;
}

int main() {
  asl::ThreadPool pool{2};
  std::printf("result %d\n", asl::sync_wait(app(pool)));
}
