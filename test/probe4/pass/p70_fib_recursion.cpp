// Recursive async functions with two awaits in one return expression and
// memo in a map passed by reference, plus a mutual recursion.
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

ASL_ASYNC asl::Task<long> fib(int n, std::map<int, long> &memo) {
  if (n < 2)
    co_return n;
  if (auto it = memo.find(n); it != memo.end())
    co_return it->second;
  if (n % 4 == 0)
    co_await Gate{};
  long r = co_await fib(n - 1, memo) + co_await fib(n - 2, memo);
  memo[n] = r;
  co_return r;
}
ASL_ASYNC asl::Task<bool> is_odd(int n);
ASL_ASYNC asl::Task<bool> is_even(int n) {
  if (n == 0)
    co_return true;
  co_return co_await is_odd(n - 1);
}
ASL_ASYNC asl::Task<bool> is_odd(int n) {
  if (n == 0)
    co_return false;
  if (n % 5 == 0)
    co_await Gate{};
  co_return co_await is_even(n - 1);
}

int main() {
  std::map<int, long> memo;
  auto t = fib(60, memo);
  auto e = is_even(37);
  drain();
  std::printf("fib %ld memo %zu\n", asl::sync_wait(std::move(t)), memo.size());
  std::printf("even(37)=%d\n", asl::sync_wait(std::move(e)));
}
