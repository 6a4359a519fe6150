// Awaits in subscripts on both sides of an assignment (right side first),
// in nested subscripts, in a subscript of an awaited container.
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

ASL_ASYNC asl::Task<std::vector<int>> load() {
  co_await Gate{};
  co_return std::vector<int>{1, 2, 3, 4, 5};
}

ASL_ASYNC asl::Task<int> run() {
  std::vector<int> a(5, 0), b{10, 20, 30, 40, 50};
  a[co_await val("li", 1)] = b[co_await val("ri", 2)];
  a[a[co_await val("inner", 1)] / 10] = co_await val("v", 7);
  int w = (co_await load())[(co_await load())[0]];
  std::vector<std::vector<int>> grid(3, std::vector<int>(3, 0));
  grid[co_await val("r", 1)][co_await val("c", 2)] += co_await val("g", 4);
  std::printf("a=%d,%d,%d,%d,%d w=%d g=%d\n", a[0], a[1], a[2], a[3], a[4], w,
              grid[1][2]);
  co_return w;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
