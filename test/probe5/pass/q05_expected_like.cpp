// A hand-written Expected<T, E> (like C++23 std::expected) returned by async
// functions; chained with an async and_then that takes a member pointer.
#include <asl/event.h>
#include <asl/task.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
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

template <class V, class E> class Expected {
public:
  Expected(V v) : ok_(true), v_(std::move(v)) {}
  static Expected fail(E e) {
    Expected x;
    x.ok_ = false;
    x.e_ = std::move(e);
    return x;
  }
  explicit operator bool() const { return ok_; }
  const V &operator*() const { return v_; }
  const E &error() const { return e_; }

private:
  Expected() = default;
  bool ok_ = false;
  V v_{};
  E e_{};
};
using Res = Expected<int, std::string>;

ASL_ASYNC asl::Task<Res> parse_int(std::string_view s) {
  co_await Hold{};
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9')
      co_return Res::fail("bad char in " + std::string(s));
    v = v * 10 + (c - '0');
  }
  co_return v;
}

ASL_ASYNC asl::Task<Res> sum_both(std::string_view a, std::string_view b) {
  Res x = co_await parse_int(a);
  if (!x)
    co_return x;
  Res y = co_await parse_int(b);
  if (!y)
    co_return Res::fail("second: " + y.error());
  co_return *x + *y;
}

ASL_ASYNC asl::Task<int> run() {
  int total = 0;
  const char *pairs[][2] = {{"12", "30"}, {"1x", "2"}, {"7", "y"}};
  for (auto &p : pairs) {
    Res r = co_await sum_both(p[0], p[1]);
    if (r) {
      std::printf("ok %d\n", *r);
      total += *r;
    } else {
      std::printf("err %s\n", r.error().c_str());
    }
  }
  co_return total;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
