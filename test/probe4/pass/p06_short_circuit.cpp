// &&, || and ?: with awaits: untaken operands must not run; temporaries of
// the taken ones live to the end of the full-expression.
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

ASL_ASYNC asl::Task<bool> check(const char *tag, bool v) {
  std::printf("check %s\n", tag);
  co_await Gate{};
  co_return v;
}
static bool tmp_ok(const R &r, bool v) {
  std::printf("tmp_ok %s\n", r.name().c_str());
  return v;
}

ASL_ASYNC asl::Task<int> run() {
  int count = 0;
  for (int i = 0; i < 4; ++i) {
    bool a = (i & 1) && co_await check("a", i > 2);
    bool b = co_await check("b", i == 0) ||
             tmp_ok(R("t" + std::to_string(i)), i == 2);
    int c = (i % 2 == 0) ? co_await val("even", i) : side("odd", -i);
    bool d = tmp_ok(R("pre"), i > 1) && co_await check("d", true) &&
             tmp_ok(R("post"), i == 3);
    std::printf("i=%d a=%d b=%d c=%d d=%d\n", i, a, b, c, d);
    count += a + b + c + d;
  }
  co_return count;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
