// std::tie assignment from an awaited tuple, bindings to a C array and to a
// std::array across awaits, a C array of R lifted, multidimensional array.
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

#include <array>
#include <tuple>
ASL_ASYNC asl::Task<std::tuple<int, std::string, double>> triple() {
  co_await Gate{};
  co_return std::make_tuple(7, std::string("seven"), 7.5);
}

ASL_ASYNC asl::Task<int> run() {
  int i = 0;
  std::string s;
  double d = 0;
  std::tie(i, s, d) = co_await triple();
  int arr[2] = {co_await val("a0", 1), 2};
  auto [x, y] = arr;
  auto &[rx, ry] = arr;
  R rs[3] = {R("r0"), R("r1"), R("r2")};
  int grid[2][3] = {{1, 2, 3}, {4, 5, 6}};
  co_await Gate{};
  rx = 100;
  grid[1][co_await val("col", 2)] = 60;
  std::array<int, 3> ar{4, 5, 6};
  auto [p, q, r] = ar;
  co_await Gate{};
  std::printf(
      "i=%d s=%s d=%g x=%d y=%d arr0=%d rs=%s%s%s grid=%d pqr=%d%d%d ry=%d\n",
      i, s.c_str(), d, x, y, arr[0], rs[0].name().c_str(), rs[1].name().c_str(),
      rs[2].name().c_str(), grid[1][2], p, q, r, ry);
  co_return i;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
