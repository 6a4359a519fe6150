// Lambda forms inside async bodies next to awaits: an immediately invoked
// lambda computing an initializer, a mutable lambda counter kept across
// awaits, a lambda with a default argument, a lambda returning a lambda,
// a recursive std::function lambda, and a noexcept lambda.
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

ASL_ASYNC asl::Task<int> lambdas(int seed) {
  const int base = [&] {
    int b = 0;
    for (int i = 0; i <= seed; ++i)
      b += i;
    return b;
  }();
  auto counter = [n = 0]() mutable { return ++n; };
  auto scaled = [](int v, int k = 10) { return v * k; };
  auto maker = [](int add) { return [add](int v) { return v + add; }; };
  std::function<int(int)> fib = [&fib](int n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
  };
  auto nothrow = [](int v) noexcept { return v ^ 1; };
  int a = co_await num("a", base);
  counter();
  co_await Hold{};
  counter();
  auto add5 = maker(5);
  int b = scaled(co_await num("b", 2)) + scaled(1, 3);
  co_await Hold{};
  int c = counter() + add5(co_await num("c", fib(10)));
  std::printf("%d %d %d %d %d\n", base, a, b, c, nothrow(c));
  co_return a + b + c;
}

int main() {
  auto t = lambdas(4);
  pump();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
