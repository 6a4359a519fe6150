// Initialization forms of locals that live across awaits: direct, copy,
// list, value-initialized with (), {} and = {}, auto with braces,
// a reference to const bound to an awaited temporary, a pointer to an
// array, a function-style cast, declarations of several variables in one
// statement with awaits in two of them, and a default-initialized
// aggregate filled later.
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

struct Agg {
  int a;
  std::string s;
};

ASL_ASYNC asl::Task<void> inits() {
  int d(co_await num("d", 1));
  int c = co_await num("c", 2);
  int l{co_await num("l", 3)};
  int v1{}, v2 = {}, v3 = int();
  auto ab{co_await num("ab", 4)};
  const std::string &ref = co_await text("bound");
  int arr[3] = {7, 8, 9};
  int(*pa)[3] = &arr;
  long fc = long(co_await num("fc", 5));
  int x = co_await num("x", 6), y = 7, z = co_await num("z", 8);
  Agg g;
  g.a = co_await num("g", 9);
  g.s = "agg";
  std::vector<int> vec(3, co_await num("vec", 2));
  std::string str(3, static_cast<char>('a' + co_await num("str", 1)));
  co_await Hold{};
  std::printf("%d %d %d %d%d%d %d %s %d %ld %d %d %d %d %s %zu %s\n", d, c, l,
              v1, v2, v3, ab, ref.c_str(), (*pa)[2], fc, x, y, z, g.a,
              g.s.c_str(), vec.size(), str.c_str());
}

int main() {
  auto t = inits();
  pump();
  asl::sync_wait(std::move(t));
}
