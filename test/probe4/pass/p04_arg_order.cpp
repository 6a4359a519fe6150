// Several awaits among one call's arguments, nested calls, constructor call
// with awaited args, co_return f(co_await a, co_await b).
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

static std::string join3(const std::string &a, int b, const std::string &c) {
  std::printf("join3\n");
  return a + "/" + std::to_string(b) + "/" + c;
}
struct Point {
  int x, y;
  Point(int a, int b) : x(a), y(b) { std::printf("Point(%d,%d)\n", a, b); }
};
static int mul(int a, int b) { return a * b; }

ASL_ASYNC asl::Task<int> run() {
  std::string s =
      join3(co_await str("a", "A"), side("mid", 5) + co_await val("b", 2),
            co_await str("c", "C"));
  std::printf("s=%s\n", s.c_str());
  Point p(co_await val("px", 3), side("py", 4));
  Point q{side("qx", 1), co_await val("qy", 9)};
  std::printf("p=%d,%d q=%d,%d\n", p.x, p.y, q.x, q.y);
  int n = mul(mul(co_await val("m1", 2), side("m2", 3)), co_await val("m3", 4));
  std::printf("n=%d\n", n);
  co_return mul(co_await val("r1", 6), co_await val("r2", 7));
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
