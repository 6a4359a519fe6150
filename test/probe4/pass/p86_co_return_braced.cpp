// co_return with a braced list whose elements await, co_return of a lifted
// local (implicit move), of a parameter, of a member of a local.
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

struct Pair {
  R first;
  int second;
};
ASL_ASYNC asl::Task<Pair> braced() {
  co_return {R(co_await str("f", "braced")), co_await val("s", 2)};
}
ASL_ASYNC asl::Task<R> local_move() {
  R r("local");
  co_await Gate{};
  co_return r;
}
ASL_ASYNC asl::Task<std::vector<int>> param_move(std::vector<int> v) {
  co_await Gate{};
  v.push_back(4);
  co_return v;
}

int main() {
  auto a = braced();
  auto b = local_move();
  auto c = param_move({1, 2, 3});
  drain();
  Pair p = asl::sync_wait(std::move(a));
  std::printf("pair %s %d\n", p.first.name().c_str(), p.second);
  R r = asl::sync_wait(std::move(b));
  std::printf("r %s\n", r.name().c_str());
  std::printf("v %zu\n", asl::sync_wait(std::move(c)).size());
}
