// Tasks held in variables, started early and awaited later in different
// order; a task awaited inside an expression with another; void tasks.
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

ASL_ASYNC asl::Task<void> log_after(asl::Event &e, std::string msg) {
  co_await e;
  std::printf("log: %s\n", msg.c_str());
}
ASL_ASYNC asl::Task<int> compute(asl::Event &e, int v) {
  R r("compute" + std::to_string(v));
  co_await e;
  co_return v * v;
}

ASL_ASYNC asl::Task<int> orchestrate(asl::Event &e1, asl::Event &e2) {
  asl::Task<int> a = compute(e1, 2);
  asl::Task<int> b = compute(e2, 3);
  asl::Task<void> l = log_after(e2, "second event");
  std::printf("started\n");
  int vb = co_await b;
  std::printf("vb=%d\n", vb);
  co_await l;
  int sum = vb + co_await a + co_await compute(e1, 4);
  co_return sum;
}

int main() {
  asl::Event e1, e2;
  auto t = orchestrate(e1, e2);
  std::printf("set e2\n");
  e2.set();
  std::printf("set e1\n");
  e1.set();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
