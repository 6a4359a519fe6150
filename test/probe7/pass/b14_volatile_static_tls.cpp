// volatile, static and thread_local locals in async bodies: a volatile
// counter and a volatile pointer across awaits, a function-local static
// counting calls, a static initialized once by a lambda, a thread_local
// scratch buffer used between awaits, and a static constexpr table.
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

ASL_ASYNC asl::Task<int> counted(int v) {
  static int calls = 0;
  static const std::string prefix = [] { return std::string("pre"); }();
  thread_local std::vector<int> scratch;
  static constexpr int weights[] = {3, 1, 4, 1, 5};
  ++calls;
  volatile int vol = v;
  int backing = 10;
  int *volatile vp = &backing;
  scratch.push_back(v);
  co_await Hold{};
  vol = vol + weights[v % 5];
  *vp += vol;
  co_await Hold{};
  thread_local int tl_calls = 0;
  ++tl_calls;
  std::printf("%s call %d tl %d vol %d backing %d scratch %zu\n",
              prefix.c_str(), calls, tl_calls, static_cast<int>(vol), backing,
              scratch.size());
  co_return vol + backing;
}

ASL_ASYNC asl::Task<int> many() {
  int total = 0;
  volatile bool keep_going = true;
  for (int i = 0; keep_going; ++i) {
    total += co_await counted(i);
    if (i == 3)
      keep_going = false;
  }
  const volatile int cv = total;
  co_await Hold{};
  co_return static_cast<int>(cv);
}

int main() {
  auto t = many();
  pump();
  std::printf("total %d\n", asl::sync_wait(std::move(t)));
  auto u = counted(9);
  pump();
  std::printf("again %d\n", asl::sync_wait(std::move(u)));
}
