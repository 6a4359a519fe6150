// #if / #ifdef / #elif / #else inside async bodies: around awaits, around
// declarations of locals that live across awaits, splitting an expression,
// and a feature macro defined on the fly.
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

#define FEATURE_CACHE 1
#define LEVEL 2

ASL_ASYNC asl::Task<int> compute(int x) {
  int acc = x;
#ifdef FEATURE_CACHE
  std::string note = "cached";
  acc += co_await num("cache", 10);
#else
  std::string note = "plain";
#endif
#if LEVEL > 1
  T keep("level2");
  acc *= co_await num("l2", 2);
#elif LEVEL > 0
  acc *= 3;
#else
#error no level
#endif
  int y = acc
#if defined(FEATURE_CACHE) && LEVEL >= 2
          + co_await num("expr", 5)
#endif
          - 1;
#ifndef NOT_DEFINED_ANYWHERE
  co_await Hold{};
#endif
  std::printf("%s %s %d\n", note.c_str(), keep.n.c_str(), y);
#if 0
  co_return -1;
  this is not even C++ but it is skipped
#endif
  co_return y;
}

#undef LEVEL
#define LEVEL 0

ASL_ASYNC asl::Task<int> other() {
#if LEVEL
  co_return co_await compute(1);
#else
  int r = co_await compute(2);
#endif
#if __cplusplus >= 201703L
  r += 1000;
#endif
  co_return r;
}

int main() {
  auto t = other();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
