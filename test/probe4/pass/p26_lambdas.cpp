// Lambdas across awaits capturing lifted locals by reference and value,
// coroutine lambdas awaited, std::function holding a lambda across awaits.
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

ASL_ASYNC asl::Task<int> run() {
  int counter = 0;
  std::string prefix = "id-";
  auto next = [&counter, prefix](const std::string &s) {
    return prefix + s + std::to_string(++counter);
  };
  std::function<int(int)> twice = [&](int v) { return v * 2 + counter; };
  co_await Gate{};
  std::string a = next("a");
  prefix = "changed-";
  std::string b = next(co_await str("s", "b"));
  std::printf("%s %s twice=%d\n", a.c_str(), b.c_str(), twice(5));
  auto fetch = [&](int v) -> asl::Task<int> {
    R l("lambda" + std::to_string(v));
    co_await Gate{};
    counter += v;
    co_return v + 1;
  };
  int c = co_await fetch(3) + co_await fetch(4);
  std::printf("c=%d counter=%d twice=%d\n", c, counter, twice(1));
  co_return c;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
