// Numeric library types across awaits: long double accumulation, std::complex
// arithmetic (a Mandelbrot row), std::bitset sieve and bit operations, a
// std::array<long double>, and __int128 / unsigned long long arithmetic.
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

ASL_ASYNC asl::Task<long double> harmonic(int n) {
  long double sum = 0.0L;
  for (int i = 1; i <= n; ++i) {
    sum += 1.0L / i;
    if (i % 50 == 0)
      co_await Hold{};
  }
  co_return sum;
}

ASL_ASYNC asl::Task<std::string> mandel_row(double y) {
  std::string row;
  for (int xi = 0; xi < 40; ++xi) {
    std::complex<double> c(-2.0 + xi * 0.06, y), z = 0;
    int it = 0;
    while (std::abs(z) <= 2.0 && it < 30) {
      z = z * z + c;
      ++it;
    }
    if (xi % 10 == 0)
      co_await Hold{};
    row += it == 30 ? '#' : it > 5 ? '+' : '.';
  }
  co_return row;
}

ASL_ASYNC asl::Task<std::bitset<64>> sieve() {
  std::bitset<64> composite;
  composite.set(0).set(1);
  for (std::size_t p = 2; p * p < 64; ++p) {
    co_await Hold{};
    if (!composite[p])
      for (std::size_t m = p * p; m < 64; m += p)
        composite.set(m);
  }
  co_return ~composite;
}

ASL_ASYNC asl::Task<void> run() {
  long double h = co_await harmonic(200);
  std::complex<long double> rot(0.0L, 1.0L), acc(1.0L, 0.0L);
  std::array<long double, 4> powers{};
  for (int i = 0; i < 4; ++i) {
    acc *= rot;
    co_await Hold{};
    powers[i] = acc.real() + 2 * acc.imag();
  }
  std::bitset<64> primes = co_await sieve();
  std::bitset<8> low(static_cast<unsigned long>(primes.to_ullong() & 0xFF));
  unsigned long long big = 0xFFFF'FFFF'FFFF'FFFFull;
  __int128 wide = static_cast<__int128>(big) * 3;
  co_await Hold{};
  std::printf("H200 %.12Lf\n", h);
  std::printf("powers %Lg %Lg %Lg %Lg\n", powers[0], powers[1], powers[2],
              powers[3]);
  std::printf("primes %zu low %s\n", primes.count(), low.to_string().c_str());
  std::printf("wide %llu %llu\n", static_cast<unsigned long long>(wide >> 64),
              static_cast<unsigned long long>(wide));
  for (double y : {-0.5, 0.0, 0.5})
    std::printf("%s\n", (co_await mandel_row(y)).c_str());
}

int main() {
  auto t = run();
  pump();
  asl::sync_wait(std::move(t));
}
