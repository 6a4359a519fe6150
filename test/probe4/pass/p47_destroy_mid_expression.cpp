// Destroying tasks suspended in the middle of a full-expression with
// temporaries alive, inside range-for over R's, with bindings and optional.
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

static int use(const R &a, int v, const R &b) {
  std::printf("use %s %d %s\n", a.name().c_str(), v, b.name().c_str());
  return v;
}
ASL_ASYNC asl::Task<int> never() {
  R n("never-local");
  co_await Gate{};
  co_return 0;
}
ASL_ASYNC asl::Task<int> mid_expr() {
  R l("local");
  co_return use(R("t1"), co_await never(), R("t2"));
}
ASL_ASYNC asl::Task<int> in_range_for() {
  std::vector<R> rs;
  rs.emplace_back("e0");
  rs.emplace_back("e1");
  for (const R &r : rs) {
    std::optional<R> opt;
    opt.emplace("opt-" + r.name());
    std::pair<R, int> pr(R("pr-" + r.name()), 1);
    auto &[x, y] = pr;
    if (r.name() == "e1")
      co_await Gate{};
    std::printf("%s %d\n", x.name().c_str(), y);
  }
  co_return 1;
}
ASL_ASYNC asl::Task<int> range_over_temp() {
  for (R &r : std::vector<R>{R("tv0"), R("tv1")}) {
    R copy = r;
    co_await Gate{};
  }
  co_return 2;
}

int main() {
  {
    auto t = mid_expr();
    std::printf("destroy mid_expr\n");
  }
  pending.clear();
  {
    auto t = in_range_for();
    std::printf("destroy in_range_for\n");
  }
  pending.clear();
  {
    auto t = range_over_temp();
    std::printf("destroy range_over_temp\n");
  }
  pending.clear();
  std::printf("end\n");
}
