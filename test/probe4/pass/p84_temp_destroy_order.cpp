// Several temporaries in one full-expression with awaits between them:
// construction order and destruction order (reverse) at the end.
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

static int three(const R &a, int x, const R &b, int y, const R &c) {
  std::printf("three %s %d %s %d %s\n", a.name().c_str(), x, b.name().c_str(),
              y, c.name().c_str());
  return x + y;
}
ASL_ASYNC asl::Task<int> hold(const R &r) {
  co_await Gate{};
  co_return static_cast<int>(r.name().size());
}

static int hold_sync(const R &r) { return static_cast<int>(r.name().size()); }

ASL_ASYNC asl::Task<int> run() {
  int a = three(R("a1"), co_await val("x", 1), R("a2"), co_await val("y", 2),
                R("a3"));
  std::printf("after a\n");
  // (a call without awaits keeps its compiler's argument order: one temp)
  int b = co_await hold(R("held")) + hold_sync(R("b1"));
  std::printf("after b\n");
  int c = static_cast<int>(R("c1").name().size()) + co_await hold(R("c2")) +
          static_cast<int>(R("c3").name().size());
  std::printf("after c\n");
  co_return a + b + c;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
