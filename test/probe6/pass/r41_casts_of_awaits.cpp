// Awaits inside casts: static_cast, functional casts to a class, C-style
// casts, const_cast of an awaited reference, an awaited rvalue passed
// to a sink by &&, and a narrowing static_cast inside a braced list.
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

struct Meters {
  double v;
  explicit Meters(double d) : v(d) { std::printf("meters %.1f\n", d); }
};
struct Sink {
  std::string got;
  void take(std::string &&s) { got = std::move(s); }
};
static int counter_value = 5;

ASL_ASYNC asl::Task<const int &> counter() {
  co_await Hold{};
  co_return counter_value;
}

ASL_ASYNC asl::Task<double> dbl(double d) {
  co_await Hold{};
  co_return d;
}

ASL_ASYNC asl::Task<int> run() {
  int a = static_cast<int>(co_await dbl(2.7));
  Meters m = Meters(co_await dbl(1.5));
  long b = (long)(co_await dbl(9.9)) + (long)co_await num("c", 1);
  const_cast<int &>(co_await counter()) += 10;
  Sink s;
  s.take(co_await text("moved"));
  std::vector<short> v{static_cast<short>(co_await num("s", 70000)), 3};
  std::printf("%d %.1f %ld %d %s %d\n", a, m.v, b, counter_value,
              s.got.c_str(), v[0]);
  co_return a + static_cast<int>(b) + counter_value;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
