// User-defined operators with awaited operands on both sides: Money +, ==,
// <, compound += on class objects, comparisons in conditions.
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

struct Money {
  long cents;
  Money operator+(const Money &o) const {
    std::printf("add %ld+%ld\n", cents, o.cents);
    return {cents + o.cents};
  }
  Money &operator+=(const Money &o) {
    std::printf("addto %ld+=%ld\n", cents, o.cents);
    cents += o.cents;
    return *this;
  }
  bool operator<(const Money &o) const { return cents < o.cents; }
  bool operator==(const Money &o) const { return cents == o.cents; }
};
ASL_ASYNC asl::Task<Money> price(const char *what, long c) {
  std::printf("price %s\n", what);
  co_await Gate{};
  co_return Money{c};
}

ASL_ASYNC asl::Task<long> run() {
  Money total = co_await price("a", 100) + co_await price("b", 250);
  total += co_await price("c", 5);
  if (co_await price("d", 10) < co_await price("e", 20))
    std::printf("d<e\n");
  bool same = co_await price("f", 355) == total;
  Money m{1};
  m += m + co_await price("g", 2);
  std::printf("total=%ld same=%d m=%ld\n", total.cents, same, m.cents);
  co_return total.cents + m.cents;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %ld\n", asl::sync_wait(std::move(t)));
}
