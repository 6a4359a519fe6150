// Backslash-continued lines inside async bodies (a long expression and a
// string split with backslash-newline), a multi-line statement macro with
// labels and goto built on __LINE__-free names, and __COUNTER__-free
// unique names by token pasting with a parameter.
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

#define RETRY_BLOCK(label, expr, limit)  \
  {                                      \
    int tries_##label = 0;               \
  label:                                 \
    ++tries_##label;                     \
    if (!(co_await (expr)) &&            \
        tries_##label < (limit))         \
      goto label;                        \
    attempts += tries_##label;           \
  }

int flips = 0;
ASL_ASYNC asl::Task<bool> flaky() {
  co_await Hold{};
  co_return ++flips % 3 == 0;
}

ASL_ASYNC asl::Task<int> run() {
  int attempts = 0;
  RETRY_BLOCK(first, flaky(), 5)
  RETRY_BLOCK(second, flaky(), 2)
  int long_expr = co_await num("a", 1) + \
                  co_await num("b", 2) \
                  * 3;
  std::string s = "split \
string";
  std::printf("%d %d %s\n", attempts, long_expr, s.c_str());
  co_return attempts * 100 + long_expr;
}

int main() {
  auto t = run();
  pump();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
