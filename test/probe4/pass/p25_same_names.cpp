// Same-named locals in nested scopes, all lifted, shadowing a parameter name
// inside a lambda, loop variables reusing names.
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

ASL_ASYNC asl::Task<int> run(int x) {
  R r("outer-r");
  int total = x;
  {
    R r("mid-r");
    int x = co_await val("x1", 10);
    {
      R r("inner-r");
      int x = co_await val("x2", 100);
      total += x;
      std::printf("inner %s x=%d\n", r.name().c_str(), x);
    }
    total += x;
    std::printf("mid %s x=%d\n", r.name().c_str(), x);
  }
  for (int i = 0; i < 2; ++i) {
    R r("loop-r" + std::to_string(i));
    for (int i = 5; i < 7; ++i) {
      co_await Gate{};
      total += i;
    }
    std::printf("loop %s i=%d\n", r.name().c_str(), i);
  }
  auto f = [x](int y) { return x + y; };
  co_await Gate{};
  std::printf("outer %s x=%d f=%d\n", r.name().c_str(), x, f(1));
  co_return total;
}

int main() {
  auto t = run(1);
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
