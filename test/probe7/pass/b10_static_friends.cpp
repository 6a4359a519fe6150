// Async static members and friends: a static member factory and a static
// member using private statics, a friend free function declared in the
// class and defined later, a hidden friend found by ADL, and a friend
// member of another class reaching private state.
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

class Vault;
class Auditor {
public:
  ASL_ASYNC asl::Task<int> inspect(const Vault &v);
};

class Vault {
  int gold_;
  static int opened_;
  explicit Vault(int g) : gold_(g) {}

public:
  ASL_ASYNC static asl::Task<Vault> open(int g) {
    ++opened_;
    co_await Hold{};
    co_return Vault(g * 2);
  }
  ASL_ASYNC static asl::Task<int> opened_count();
  friend asl::Task<int> steal(Vault &v, int amount);
  ASL_ASYNC friend asl::Task<std::string> describe(const Vault &v) {
    co_await Hold{};
    co_return "vault with " + std::to_string(v.gold_);
  }
  friend asl::Task<int> Auditor::inspect(const Vault &v);
};
int Vault::opened_ = 0;

asl::Task<int> Vault::opened_count() {
  co_await Hold{};
  co_return opened_;
}

ASL_ASYNC asl::Task<int> steal(Vault &v, int amount) {
  co_await Hold{};
  int taken = std::min(amount, v.gold_);
  v.gold_ -= taken;
  co_return taken;
}

ASL_ASYNC asl::Task<int> Auditor::inspect(const Vault &v) {
  int seen = v.gold_;
  co_await Hold{};
  co_return seen == v.gold_ ? seen : -1;
}

ASL_ASYNC asl::Task<void> heist() {
  Vault v = co_await Vault::open(50);
  Vault w = co_await Vault::open(1);
  Auditor a;
  std::printf("%s\n", (co_await describe(v)).c_str());
  std::printf("stole %d, %d\n", co_await steal(v, 30), co_await steal(w, 30));
  std::printf("%s / %s\n", (co_await describe(v)).c_str(),
              (co_await describe(w)).c_str());
  std::printf("audit %d opened %d\n", co_await a.inspect(v),
              co_await Vault::opened_count());
}

int main() {
  auto t = heist();
  pump();
  asl::sync_wait(std::move(t));
}
