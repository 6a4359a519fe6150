// Unary operators and casts applied to awaited values: -, !, ~, *, &,
// static_cast, prefix ++ on an awaited reference, co_await co_await.
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

static int cell = 5;
ASL_ASYNC asl::Task<int *> ptr() {
  co_await Gate{};
  co_return &cell;
}
ASL_ASYNC asl::Task<int &> ref() {
  co_await Gate{};
  co_return cell;
}
ASL_ASYNC asl::Task<asl::Task<int>> task_of_task() {
  co_await Gate{};
  co_return val("inner", 11);
}

ASL_ASYNC asl::Task<int> run() {
  int a = -co_await val("neg", 3);
  bool b = !co_await val("not", 0);
  unsigned c = ~static_cast<unsigned>(co_await val("inv", 1));
  int d = *co_await ptr();
  ++co_await ref();
  int e = static_cast<int>(static_cast<double>(co_await val("dbl", 7)) / 2);
  int f = co_await co_await task_of_task();
  int g = (co_await ref())++;
  std::printf("a=%d b=%d c=%u d=%d e=%d f=%d g=%d cell=%d\n", a, b, c, d, e,
              f, g, cell);
  co_return a + b + d + e + f + g;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
