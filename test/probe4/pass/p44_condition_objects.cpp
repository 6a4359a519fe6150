// Declarations of class type in if/while conditions initialised by awaits,
// explicit operator bool, else-if chains with init-statements, the
// condition variable's lifetime covering both branches.
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

struct Result {
  R holder;
  bool ok;
  explicit operator bool() const { return ok; }
};
ASL_ASYNC asl::Task<Result> try_op(const char *n, bool ok) {
  co_await Gate{};
  co_return Result{R(n), ok};
}

ASL_ASYNC asl::Task<int> run() {
  int score = 0;
  if (Result r = co_await try_op("first", false)) {
    score += 1;
  } else if (Result s = co_await try_op("second", true)) {
    co_await Gate{};
    std::printf("second ok, first=%s\n", r.holder.name().c_str());
    score += 10;
  } else {
    score += 100;
  }
  std::printf("after if\n");
  if (int a = co_await val("a", 2); a > 3) {
    score += a;
  } else if (int b = co_await val("b", a * 3); b > a) {
    R inner("inner-else-if");
    co_await Gate{};
    score += b;
  }
  int n = 0;
  while (Result w = co_await try_op(("w" + std::to_string(n)).c_str(), n < 2)) {
    ++n;
    co_await Gate{};
  }
  co_return score + n;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
