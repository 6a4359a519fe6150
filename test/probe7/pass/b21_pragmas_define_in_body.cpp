// Preprocessor directives in the middle of async bodies: #define and #undef
// of a helper macro between statements, #pragma GCC diagnostic around an
// await, _Pragma in a macro around a statement, a #line-free #error-free
// conditional chain, and a macro redefined halfway through a body.
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

ASL_ASYNC asl::Task<int> body_macros(int v) {
  int total = 0;
#define STEP(tag, x) total += co_await num(tag, x)
  STEP("one", v);
  STEP("two", v + 1);
#undef STEP
#define STEP(tag, x) total -= (x)
  STEP("three", 100);
#undef STEP
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-variable"
  int unused_here = co_await num("pragma", 1);
#pragma GCC diagnostic pop
#define QUIET(stmt) \
  _Pragma("GCC diagnostic push") stmt _Pragma("GCC diagnostic pop")
  QUIET(total += co_await num("quiet", 3);)
#define SCALE 2
  total *= SCALE;
#undef SCALE
#define SCALE 3
  total *= SCALE;
#undef SCALE
  co_await Hold{};
  (void)unused_here;
  co_return total;
}

int main() {
  auto t = body_macros(5);
  pump();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
