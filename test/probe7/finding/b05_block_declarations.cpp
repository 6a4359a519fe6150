// Declarations at block scope of async bodies: static_assert, typedef of a
// function pointer and of an array, using aliases naming locals' types,
// using-directives and using-declarations (std::swap idiom), a namespace
// alias, all used before and after awaits.
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

namespace geometry {
struct Pt {
  int x, y;
};
inline int dot(Pt a, Pt b) { return a.x * b.x + a.y * b.y; }
namespace detail {
inline int twice(int v) { return 2 * v; }
} // namespace detail
} // namespace geometry

static int add1(int v) { return v + 1; }
static int neg(int v) { return -v; }

ASL_ASYNC asl::Task<int> declarations(int seed) {
  static_assert(sizeof(int) >= 4, "int too small");
  typedef int (*Op)(int);
  typedef int Triple[3];
  using Pair = std::pair<std::string, Triple *>;
  using namespace geometry;
  namespace gd = geometry::detail;
  using std::swap;
  Op ops[2] = {add1, neg};
  Triple tri = {seed, seed + 1, seed + 2};
  Pair pr{"tri", &tri};
  Pt a{1, 2}, b{3, 4};
  co_await Hold{};
  static_assert(std::is_same<decltype(ops[0]), Op &>::value, "op ref");
  swap(a, b);
  int d = dot(a, b) + gd::twice(co_await num("n", 4));
  typedef decltype(d) D;
  D e = ops[0](d);
  co_await Hold{};
  e = ops[1](e);
  (*pr.second)[1] += e;
  std::printf("%s %d %d %d | a=(%d,%d) e=%d\n", pr.first.c_str(), tri[0],
              tri[1], tri[2], a.x, a.y, e);
  co_return tri[1];
}

int main() {
  auto t = declarations(10);
  pump();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
