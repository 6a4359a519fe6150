// Temporaries in conditions and loop heads that span an await die at the
// end of that full-expression (each iteration); const& parameters bound to
// temporaries in an expression that throws after an await.
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

static std::size_t len(const R &r) { return r.name().size(); }
static int pick(const R &a, int b) {
  std::printf("pick %s %d\n", a.name().c_str(), b);
  return b;
}
ASL_ASYNC asl::Task<int> boom() {
  co_await Gate{};
  throw std::runtime_error("boom");
}

ASL_ASYNC asl::Task<int> run() {
  int n = 0;
  if (len(R("cond")) + co_await val("c", 1) > 3)
    std::printf("in then\n");
  for (int i = 0; len(R("loop" + std::to_string(i))) + co_await val("i", i) < 7;
       ++i) {
    std::printf("body %d\n", i);
    ++n;
  }
  try {
    n += pick(R("before-throw"), co_await boom());
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  n += pick(R("ok"), co_await val("ok", 3)) + pick(R("ok2"), 4);
  co_return n;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
