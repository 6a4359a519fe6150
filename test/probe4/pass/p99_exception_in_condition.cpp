// Exceptions thrown by awaits in loop conditions, switch conditions and
// range expressions, with condition variables and temporaries alive.
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

ASL_ASYNC asl::Task<int> maybe_throw(int v, int bad) {
  co_await Gate{};
  if (v == bad)
    throw std::runtime_error("bad " + std::to_string(v));
  co_return v;
}
ASL_ASYNC asl::Task<std::vector<int>> list(int bad) {
  co_await Gate{};
  if (bad == 99)
    throw std::runtime_error("list");
  co_return std::vector<int>{1, 2};
}
static int id(const R &r, int v) {
  std::printf("id %s\n", r.name().c_str());
  return v;
}

ASL_ASYNC asl::Task<int> run(int bad) {
  int n = 0;
  try {
    R guard("guard");
    while (id(R("wcond"), co_await maybe_throw(n, bad)) < 3)
      ++n;
    switch (int s = co_await maybe_throw(10, bad)) {
    case 10:
      n += s;
      break;
    }
    for (int x : co_await list(bad))
      n += x;
  } catch (const std::exception &e) {
    std::printf("caught %s n=%d\n", e.what(), n);
  }
  co_return n;
}

int main() {
  for (int bad : {1, 10, 99, -1}) {
    auto t = run(bad);
    drain();
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
}
