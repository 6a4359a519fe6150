// Literal forms in async bodies: digit separators in integer and floating
// literals, binary and hex literals, hex floats, character literals of
// quotes and backslashes, escapes in strings, integer suffixes, and
// literals as awaited arguments.
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

ASL_ASYNC asl::Task<long long> big(long long v) {
  co_await Hold{};
  co_return v + 1'000;
}

ASL_ASYNC asl::Task<void> literals() {
  long long million = 1'000'000;
  unsigned mask = 0b1010'1010u;
  unsigned long hex = 0xDEAD'BEEFul;
  double d = 1'234.567'8;
  double hexf = 0x1.8p3;
  float f = 2.5e-1f;
  char q1 = '\'', q2 = '"', bs = '\\', nul = '\0';
  std::string esc = "tab\there \"quoted\" back\\slash \x41\101 \u00e9";
  long long a = co_await big(0x7FFF'FFFF'FFFFLL);
  long long b = co_await big(0'17);
  auto c = co_await big(1'0LL) * 0b11;
  std::printf("%lld %u %lu %.4f %g %g\n", million, mask, hex, d, hexf, f);
  std::printf("%c %c %c %d\n", q1, q2, bs, nul);
  std::printf("%s\n", esc.c_str());
  std::printf("%lld %lld %lld %zu\n", a, b, c,
              sizeof(u'x') + sizeof(U'y') + sizeof(L'z'));
  co_await Hold{};
  std::printf("%d %llu\n", '\n' + co_await num("ch", 'A'),
              18'446'744'073'709'551'615ull);
}

int main() {
  auto t = literals();
  pump();
  asl::sync_wait(std::move(t));
}
