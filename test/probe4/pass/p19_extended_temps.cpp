// Lifetime-extended temporaries across awaits: const& to a prvalue, auto&&
// to an awaited result, const& to a member of a temporary, and a temporary
// in a full-expression that spans an await.
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

struct Box {
  R r;
  int v;
};
static Box make_box(const char *n, int v) { return Box{R(n), v}; }
static int use(const std::string &s, int v) {
  std::printf("use %s %d\n", s.c_str(), v);
  return v + 1;
}

ASL_ASYNC asl::Task<Box> fetch_box() {
  co_await Gate{};
  co_return Box{R("fetched"), 9};
}

ASL_ASYNC asl::Task<int> run() {
  const R &a = R("extended");
  auto &&b = co_await fetch_box();
  const int &v = make_box("member-of-temp", 5).v;
  co_await Gate{};
  std::printf("a=%s b=%s/%d v=%d\n", a.name().c_str(), b.r.name().c_str(),
              b.v, v);
  int x = use(R("full-expr").name(), co_await val("mid", 2));
  std::printf("x=%d\n", x);
  int y = use(make_box("box-temp", 1).r.name(), co_await val("mid2", 3)) +
          co_await val("end", 4);
  std::printf("y=%d\n", y);
  co_return x + y + v;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
