// Compile-time constructs inside async bodies: constexpr locals and a
// constexpr lambda used before and after awaits, an enum with explicit
// underlying type declared in the body, sizeof of a local struct, a local
// constexpr std::array, if constexpr on a local constant, and integral
// constants as template arguments in the body.
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

template <int N> struct Fact {
  static constexpr long value = N * Fact<N - 1>::value;
};
template <> struct Fact<0> { static constexpr long value = 1; };

ASL_ASYNC asl::Task<long> compile_time(int runtime) {
  constexpr int kSize = 5;
  constexpr auto square = [](int v) constexpr { return v * v; };
  constexpr std::array<int, kSize> table{square(1), square(2), square(3),
                                         square(4), square(5)};
  enum Level : unsigned char { Low = 1, Mid = 5, High = 9 };
  struct Local {
    Level lvl;
    char tag[3];
  };
  static_assert(sizeof(Local) == 4, "layout");
  Local l{Mid, "ok"};
  long acc = Fact<kSize>::value;
  co_await Hold{};
  if constexpr (kSize > 3) {
    acc += table[runtime % kSize];
  } else {
    acc = -1;
  }
  std::integral_constant<int, square(3)> nine;
  acc += co_await num("n", nine());
  l.lvl = acc > 130 ? High : Low;
  co_await Hold{};
  std::printf("%s %d %ld %zu\n", l.tag, static_cast<int>(l.lvl), acc,
              table.size());
  co_return acc *l.lvl;
}

int main() {
  for (int r : {0, 3}) {
    auto t = compile_time(r);
    pump();
    std::printf("%ld\n", asl::sync_wait(std::move(t)));
  }
}
