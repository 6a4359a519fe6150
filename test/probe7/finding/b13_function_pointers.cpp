// Async functions taken by function pointer and std::function: a table of
// pointers indexed by an awaited value, a pointer to an async member
// function, std::function holding an async free function and a bound
// member, a function reference parameter, and an alias for the pointer type.
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

ASL_ASYNC asl::Task<int> inc(int v) {
  co_await Hold{};
  co_return v + 1;
}
ASL_ASYNC asl::Task<int> dbl(int v) {
  co_await Hold{};
  co_return v * 2;
}
ASL_ASYNC asl::Task<int> sqr(int v) {
  co_await Hold{};
  co_return v *v;
}

using AsyncOp = asl::Task<int> (*)(int);
constexpr AsyncOp table[] = {inc, dbl, sqr};

struct Acc {
  int base;
  ASL_ASYNC asl::Task<int> add(int v) {
    co_await Hold{};
    co_return base + v;
  }
};

ASL_ASYNC asl::Task<int> apply_ref(asl::Task<int> (&f)(int), int v) {
  co_return co_await f(co_await f(v));
}

ASL_ASYNC asl::Task<int>
pipeline(std::vector<std::function<asl::Task<int>(int)>> stages, int v) {
  for (auto &s : stages)
    v = co_await s(v);
  co_return v;
}

ASL_ASYNC asl::Task<void> run() {
  int x = 3;
  for (int i = 0; i < 3; ++i) {
    AsyncOp op = table[co_await inc(i) - 1];
    x = co_await op(x);
    std::printf("step %d -> %d\n", i, x);
  }
  asl::Task<int> (Acc::*pm)(int) = &Acc::add;
  Acc acc{100};
  Acc *pa = &acc;
  std::printf("member ptr %d %d\n", co_await (acc.*pm)(1),
              co_await (pa->*pm)(2));
  std::printf("ref %d\n", co_await apply_ref(dbl, 5));
  std::function<asl::Task<int>(int)> bound =
      std::bind(&Acc::add, &acc, std::placeholders::_1);
  std::printf(
      "pipeline %d\n",
      co_await pipeline({inc, bound, sqr, [](int v) { return dbl(v); }}, 1));
  auto *fp = &sqr;
  decltype(&inc) other = fp;
  std::printf("decltype ptr %d\n", co_await other(9));
}

int main() {
  auto t = run();
  pump();
  asl::sync_wait(std::move(t));
}
