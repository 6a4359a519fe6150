// Leaving a range-for over an awaited temporary vector of R by break,
// co_return and exception; the range temporary dies exactly once.
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

ASL_ASYNC asl::Task<std::vector<R>> rows(const char *p) {
  co_await Gate{};
  std::vector<R> v;
  v.reserve(3);
  for (int i = 0; i < 3; ++i)
    v.emplace_back(std::string(p) + std::to_string(i));
  co_return v;
}

ASL_ASYNC asl::Task<int> run(int mode) {
  int seen = 0;
  for (const R &r : co_await rows("b")) {
    co_await Gate{};
    if (++seen == 2 && mode == 0)
      break;
    std::printf("saw %s\n", r.name().c_str());
  }
  std::printf("after first loop\n");
  for (auto &r : co_await rows("c")) {
    R copy = r;
    co_await Gate{};
    if (mode == 1 && seen++ > 3)
      co_return seen;
    if (mode == 2 && r.name() == "c1")
      throw std::runtime_error("row " + r.name());
  }
  co_return -seen;
}

int main() {
  for (int m = 0; m < 3; ++m) {
    std::printf("== mode %d\n", m);
    auto t = run(m);
    drain();
    try {
      std::printf("result %d\n", asl::sync_wait(std::move(t)));
    } catch (const std::exception &e) {
      std::printf("error %s\n", e.what());
    }
  }
}
