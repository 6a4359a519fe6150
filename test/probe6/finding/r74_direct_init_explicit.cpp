// Direct-initialization of lifted locals from awaited values where it
// differs from copy-initialization: an explicit constructor, an explicit
// operator bool, unique_ptr's explicit constructor from a raw pointer, a
// vector's size constructor in parentheses vs braces, and an explicit
// conversion to a class.
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
struct Flag {
  int v;
  explicit operator bool() const { return v != 0; }
  explicit operator Meters() const { return Meters(v * 1.0); }
};

ASL_ASYNC asl::Task<double> dbl(double d) {
  co_await Hold{};
  co_return d;
}
ASL_ASYNC asl::Task<Flag> flag(int v) {
  co_await Hold{};
  co_return Flag{v};
}
ASL_ASYNC asl::Task<int *> raw(int v) {
  co_await Hold{};
  co_return new int(v);
}

ASL_ASYNC asl::Task<int> run() {
  Meters m(co_await dbl(2.5));
  bool on(co_await flag(3));
  std::unique_ptr<int> p(co_await raw(9));
  std::vector<int> sized(static_cast<size_t>(co_await num("n", 3)));
  std::vector<int> listed{co_await num("l", 3)};
  Meters conv(co_await flag(4));
  co_await Hold{};
  std::printf("%.1f %d %d %zu %zu %.1f\n", m.v, on, *p, sized.size(),
              listed.size(), conv.v);
  co_return *p + static_cast<int>(sized.size() + listed.size());
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
