// Compound assignments with awaits on narrow and mixed types: unsigned
// char wrapping, short shifts, double /= int, bool &=, pointer += awaited
// offset, atomic +=, and an enum's underlying value updated.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <algorithm>
#include <any>
#include <array>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
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

#include <atomic>
ASL_ASYNC asl::Task<int> run() {
  unsigned char c = 250;
  c += co_await num("c", 10);
  short s = 3;
  s <<= co_await num("s", 4);
  double d = 7;
  d /= co_await num("d", 2);
  bool b = true;
  b &= co_await yes("b", false);
  int arr[5] = {10, 20, 30, 40, 50};
  int *p = arr;
  p += co_await num("p", 3);
  std::atomic<int> at{1};
  int old = (at += co_await num("at", 4));
  unsigned u = 1;
  u -= co_await num("u", 3);
  long long ll = 1;
  ll *= co_await num("ll", 1 << 30);
  ll *= co_await num("ll2", 8);
  std::printf("%d %d %.1f %d %d %d %u %lld\n", c, s, d, b, *p, old, u, ll);
  co_return c + s + *p + old;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
