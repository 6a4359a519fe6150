// Local class types and an enum declared in the body used across awaits,
// a local struct with member functions, a lifted local of a local type.
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
  enum Color { Red, Green, Blue };
  struct Counter {
    int hits[3] = {0, 0, 0};
    void add(Color c) { ++hits[c]; }
    int total() const { return hits[0] + hits[1] + hits[2]; }
  };
  Counter c;
  for (int i = 0; i < 5; ++i) {
    Color col = static_cast<Color>(co_await val("col", i % 3));
    c.add(col);
  }
  co_await Gate{};
  std::printf("red=%d green=%d blue=%d total=%d\n", c.hits[Red],
              c.hits[Green], c.hits[Blue], c.total());
  co_return c.total();
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
