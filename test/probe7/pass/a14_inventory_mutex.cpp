// An inventory service under an asl::Mutex: orders reserve stock while
// holding the lock across an awaited pricing call; a failed payment releases
// the reservation; MutexLock is moved into a helper and released early.
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

struct OutOfStock : std::exception {
  std::string sku;
  explicit OutOfStock(std::string s) : sku(std::move(s)) {}
  const char *what() const noexcept override { return sku.c_str(); }
};

class Inventory {
  asl::Mutex m_;
  std::map<std::string, int> stock_{{"apple", 5}, {"pear", 2}, {"fig", 0}};
  std::vector<std::string> events_;

  ASL_ASYNC asl::Task<int> price(const std::string &sku, int qty) {
    co_await Hold{};
    co_return static_cast<int>(sku.size()) * 10 * qty;
  }
  static void release_early(asl::MutexLock lock, std::vector<std::string> &ev) {
    ev.push_back("early unlock");
    lock.unlock();
  }

public:
  ASL_ASYNC asl::Task<int> order(std::string who,
                                 std::vector<std::pair<std::string, int>> lines,
                                 bool pay_ok) {
    asl::MutexLock lock = co_await m_.lock();
    events_.push_back(who + " locked");
    std::vector<std::pair<std::string, int>> reserved;
    int total = 0;
    try {
      for (const auto &[sku, qty] : lines) {
        int &have = stock_.at(sku);
        if (have < qty)
          throw OutOfStock(sku);
        have -= qty;
        reserved.emplace_back(sku, qty);
        total += co_await price(sku, qty);
      }
      if (!pay_ok)
        throw std::runtime_error("payment declined");
    } catch (...) {
      for (auto &[sku, qty] : reserved)
        stock_[sku] += qty;
      events_.push_back(who + " rolled back " +
                        std::to_string(reserved.size()));
      throw;
    }
    if (total > 100) {
      release_early(std::move(lock), events_);
      co_await Hold{};
      events_.push_back(who + " after early unlock, owns=" +
                        std::to_string(lock.owns_lock()));
    }
    events_.push_back(who + " done " + std::to_string(total));
    co_return total;
  }
  void dump() const {
    for (auto &e : events_)
      std::printf("  %s\n", e.c_str());
    for (auto &[k, v] : stock_)
      std::printf("  %s=%d\n", k.c_str(), v);
  }
};

ASL_ASYNC asl::Task<void>
customer(Inventory &inv, std::string who,
         std::vector<std::pair<std::string, int>> lines, bool pay) {
  try {
    int t = co_await inv.order(who, std::move(lines), pay);
    std::printf("%s paid %d\n", who.c_str(), t);
  } catch (const OutOfStock &e) {
    std::printf("%s: out of %s\n", who.c_str(), e.what());
  } catch (const std::exception &e) {
    std::printf("%s: %s\n", who.c_str(), e.what());
  }
}

int main() {
  Inventory inv;
  auto a = customer(inv, "ann", {{"apple", 2}, {"pear", 1}}, true);
  auto b = customer(inv, "bob", {{"pear", 1}, {"fig", 1}}, true);
  auto c = customer(inv, "cy", {{"apple", 3}}, false);
  auto d = customer(inv, "di", {{"apple", 3}, {"pear", 1}}, true);
  pump();
  asl::sync_wait(std::move(a));
  asl::sync_wait(std::move(b));
  asl::sync_wait(std::move(c));
  asl::sync_wait(std::move(d));
  inv.dump();
}
