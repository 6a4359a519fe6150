// Macros in signatures and names: a return-type macro TASK(T), a macro for
// the parameter list, a macro naming the called function, an object-like
// macro as the awaited operand, a function-like macro producing the
// awaited call, and a token-pasting macro building a callee name.
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

#define TASK(T) asl::Task<T>
#define PARAMS int a, int b
#define CALLEE fetch_v2
#define READY_EVENT (*ready_ptr)
#define CALL_WITH_TAG(fn, tag) fn(#tag, __LINE__ % 7)
#define VERSIONED(name, v) name##_v##v

ASL_ASYNC TASK(int) fetch_v1(PARAMS) {
  co_await Hold{};
  co_return a + b;
}
ASL_ASYNC TASK(int) fetch_v2(PARAMS) {
  co_await Hold{};
  co_return a *b;
}

asl::Event *ready_ptr = nullptr;

ASL_ASYNC TASK(std::string) driver() {
  asl::Event ready;
  ready_ptr = &ready;
  int x = co_await CALLEE(3, 4);
  int y = co_await VERSIONED(fetch, 1)(3, 4);
  int z = co_await CALL_WITH_TAG(num, tagged);
  auto waiter = []() -> TASK(int) {
    co_await READY_EVENT;
    co_return 9;
  }();
  ready.set();
  int w = co_await std::move(waiter);
  co_await READY_EVENT;
  co_return std::to_string(x) + " " + std::to_string(y) + " " +
      std::to_string(z) + " " + std::to_string(w);
}

int main() {
  auto t = driver();
  pump();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
}
