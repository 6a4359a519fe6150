// Out-of-class member definitions: the marker on the in-class declaration
// only, on both, on the out-of-class definition only; a nested class's
// member defined at namespace scope; a member of a class in a namespace
// defined with qualified names; a const member and a static one.
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

namespace shop {
class Cart {
public:
  struct Line {
    std::string sku;
    int qty;
    ASL_ASYNC asl::Task<int> price() const;
  };
  ASL_ASYNC asl::Task<int> total();
  asl::Task<int> count() const;
  ASL_ASYNC static asl::Task<Cart> restore(std::string saved);
  ASL_ASYNC asl::Task<void> add(std::string sku, int qty);
private:
  std::vector<Line> lines_;
  int discount_ = 0;
};
} // namespace shop

asl::Task<int> shop::Cart::Line::price() const {
  co_await Hold{};
  co_return static_cast<int>(sku.size()) * 100 * qty;
}

asl::Task<int> shop::Cart::total() {
  int sum = 0;
  for (const Line &l : lines_) sum += co_await l.price();
  co_return sum - discount_;
}

ASL_ASYNC asl::Task<int> shop::Cart::count() const {
  co_await Hold{};
  int n = 0;
  for (auto &l : lines_) n += l.qty;
  co_return n;
}

namespace shop {
ASL_ASYNC asl::Task<void> Cart::add(std::string sku, int qty) {
  co_await Hold{};
  for (Line &l : lines_)
    if (l.sku == sku) {
      l.qty += qty;
      co_return;
    }
  lines_.push_back(Line{std::move(sku), qty});
  if (lines_.size() > 2) discount_ = 50;
}

asl::Task<Cart> Cart::restore(std::string saved) {
  Cart c;
  std::istringstream in(saved);
  std::string sku;
  int qty;
  while (in >> sku >> qty) co_await c.add(sku, qty);
  co_return c;
}
} // namespace shop

ASL_ASYNC asl::Task<void> demo() {
  shop::Cart c = co_await shop::Cart::restore("tea 2 cake 1 tea 3");
  std::printf("count %d total %d\n", co_await c.count(), co_await c.total());
  co_await c.add("biscuits", 4);
  std::printf("count %d total %d\n", co_await c.count(), co_await c.total());
}

int main() {
  auto t = demo();
  pump();
  asl::sync_wait(std::move(t));
}
