// Async function templates called with explicit template arguments,
// non-deduced parameters, a dependent call needing `template`, a member
// template of a class called through `obj.template f<T>()`, and a
// default template argument.
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

template <class To, class From> ASL_ASYNC asl::Task<To> convert(From f) {
  co_await Hold{};
  co_return static_cast<To>(f);
}

template <int N, class T = long> ASL_ASYNC asl::Task<T> times(T v) {
  co_await Hold{};
  co_return v *N;
}

struct Codec {
  int base;
  template <class T> ASL_ASYNC asl::Task<T> decode(std::string s) {
    co_await Hold{};
    T v{};
    for (char c : s)
      v = v * base + (c - '0');
    co_return v;
  }
};

template <class C> ASL_ASYNC asl::Task<long> use_codec(C &c, std::string s) {
  long a = co_await c.template decode<long>(s);
  int b = co_await c.template decode<int>(s.substr(1));
  co_return a + b;
}

ASL_ASYNC asl::Task<void> run() {
  int i = co_await convert<int>(3.9);
  char c = co_await convert<char, int>(66);
  double d = co_await convert<double>(7);
  long t1 = co_await times<3>(5L);
  int t2 = co_await times<4, int>(5);
  Codec bin{2}, dec{10};
  std::printf("%d %c %.1f %ld %d %ld %ld\n", i, c, d, t1, t2,
              co_await use_codec(bin, "1011"), co_await use_codec(dec, "1011"));
}

int main() {
  auto t = run();
  pump();
  asl::sync_wait(std::move(t));
}
