// Tasks returning class types holding R's: vector<R>, pair<R,R>, a returned
// named local, a returned member of a local, conditional return.
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
  R a;
  R b;
};
ASL_ASYNC asl::Task<std::vector<R>> many(int n) {
  std::vector<R> out;
  for (int i = 0; i < n; ++i) {
    co_await Gate{};
    out.emplace_back("m" + std::to_string(i));
  }
  co_return out;
}
ASL_ASYNC asl::Task<Pair> pair(bool swap) {
  Pair p{R("left"), R("right")};
  co_await Gate{};
  if (swap)
    co_return Pair{std::move(p.b), std::move(p.a)};
  co_return p;
}
ASL_ASYNC asl::Task<R> member_of_local() {
  Pair p{R("keep"), R("give")};
  co_await Gate{};
  co_return std::move(p.b);
}

int main() {
  auto t1 = many(3);
  auto t2 = pair(true);
  auto t3 = pair(false);
  auto t4 = member_of_local();
  drain();
  {
    auto v = asl::sync_wait(std::move(t1));
    std::printf("many %zu\n", v.size());
  }
  {
    auto p = asl::sync_wait(std::move(t2));
    std::printf("pair %s %s\n", p.a.name().c_str(), p.b.name().c_str());
  }
  {
    auto p = asl::sync_wait(std::move(t3));
    std::printf("pair %s %s\n", p.a.name().c_str(), p.b.name().c_str());
  }
  {
    R r = asl::sync_wait(std::move(t4));
    std::printf("member %s\n", r.name().c_str());
  }
}
