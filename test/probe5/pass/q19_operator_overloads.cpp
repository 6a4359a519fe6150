// A Money class with overloaded +, +=, ==, <, unary -, and << to a string
// builder; operands awaited on both sides.
#include <asl/event.h>
#include <asl/task.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
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

struct Money {
  long cents;
  Money operator+(const Money &o) const { return {cents + o.cents}; }
  Money &operator+=(const Money &o) {
    cents += o.cents;
    return *this;
  }
  Money operator-() const { return {-cents}; }
  bool operator==(const Money &o) const { return cents == o.cents; }
  bool operator<(const Money &o) const { return cents < o.cents; }
};
struct Out {
  std::string s;
  Out &operator<<(const Money &m) {
    s += std::to_string(m.cents / 100) + "." +
         std::to_string(m.cents % 100 / 10) + std::to_string(m.cents % 10) +
         " ";
    return *this;
  }
};

ASL_ASYNC asl::Task<Money> price(const char *item, long c) {
  std::printf("price %s\n", item);
  co_await Hold{};
  co_return Money{c};
}

ASL_ASYNC asl::Task<int> run() {
  Money total{0};
  total += co_await price("tea", 250);
  total = total + co_await price("cake", 399);
  Money refund = -(co_await price("tea", 250));
  Out out;
  out << total << co_await price("tip", 101) << refund;
  bool same = co_await price("a", 5) == co_await price("b", 5);
  bool less = co_await price("c", 4) < Money{5};
  std::printf("%s%d %d\n", out.s.c_str(), same, less);
  co_return static_cast<int>((total + refund).cents);
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
