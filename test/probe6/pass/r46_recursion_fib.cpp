// Async recursion: a tree of tasks computing Fibonacci with a depth-first
// log, an accumulator passed by reference down the recursion and written
// after awaits, and mutual recursion between two async functions.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <algorithm>
#include <any>
#include <array>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
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

ASL_ASYNC asl::Task<int> fib(int n, int &calls) {
  ++calls;
  if (n < 2) {
    co_await Hold{};
    co_return n;
  }
  int a = co_await fib(n - 1, calls);
  int b = co_await fib(n - 2, calls);
  co_return a + b;
}

ASL_ASYNC asl::Task<bool> is_odd(int n);
ASL_ASYNC asl::Task<bool> is_even(int n) {
  if (n == 0)
    co_return true;
  co_await Hold{};
  co_return co_await is_odd(n - 1);
}
ASL_ASYNC asl::Task<bool> is_odd(int n) {
  if (n == 0)
    co_return false;
  co_return co_await is_even(n - 1);
}

ASL_ASYNC asl::Task<int> run() {
  int calls = 0;
  int f = co_await fib(10, calls);
  bool e = co_await is_even(7);
  bool o = co_await is_odd(7);
  std::printf("%d %d %d %d\n", f, calls, e, o);
  co_return f;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
