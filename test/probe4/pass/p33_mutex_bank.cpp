// Bank transfers under an asl::Mutex: MutexLock across awaits, early
// returns releasing the lock, exceptions releasing it, lock order printed.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

#include <asl/mutex.h>
struct Bank {
  asl::Mutex mu;
  std::map<std::string, int> balances{{"a", 100}, {"b", 50}};
  ASL_ASYNC asl::Task<bool> transfer(std::string from, std::string to,
                                     int amount) {
    asl::MutexLock held = co_await mu.lock();
    R r("transfer " + from + "->" + to);
    co_await Gate{};
    if (balances[from] < amount) {
      std::printf("insufficient %s\n", from.c_str());
      co_return false;
    }
    if (amount < 0)
      throw std::invalid_argument("negative");
    balances[from] -= amount;
    co_await Gate{};
    balances[to] += amount;
    co_return true;
  }
};

ASL_ASYNC asl::Task<int> client(Bank &bank, int id, std::string f,
                                std::string t, int amt) {
  try {
    bool ok = co_await bank.transfer(f, t, amt);
    std::printf("client %d ok=%d\n", id, ok);
    co_return ok;
  } catch (const std::exception &e) {
    std::printf("client %d error %s\n", id, e.what());
    co_return -1;
  }
}

int main() {
  Bank bank;
  std::vector<asl::Task<int>> ts;
  ts.push_back(client(bank, 1, "a", "b", 70));
  ts.push_back(client(bank, 2, "a", "b", 70));
  ts.push_back(client(bank, 3, "b", "a", -5));
  ts.push_back(client(bank, 4, "b", "a", 20));
  drain();
  int sum = 0;
  for (auto &t : ts)
    sum += asl::sync_wait(std::move(t));
  std::printf("a=%d b=%d sum=%d\n", bank.balances["a"], bank.balances["b"],
              sum);
}
