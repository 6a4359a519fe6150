// C++17-fixed order: E1[E2], <<, ->, callee before args, braced lists left
// to right, assignment right first; plus clang's left-to-right elsewhere.
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

struct Sink {
  std::string text;
  Sink &operator<<(const std::string &s) {
    text += s;
    return *this;
  }
  Sink &operator<<(int v) {
    text += std::to_string(v);
    return *this;
  }
  int poke(int v) {
    std::printf("poke %d\n", v);
    return v;
  }
};
static Sink sink;
static Sink *get_sink(const char *why) {
  std::printf("get_sink %s\n", why);
  return &sink;
}
static std::vector<int> table{10, 20, 30, 40};
static std::vector<int> &get_table() {
  std::printf("get_table\n");
  return table;
}
static int (*pick_fn(int k))(int, int) {
  std::printf("pick_fn %d\n", k);
  return [](int a, int b) { return a - b; };
}
struct Trio {
  int a, b, c;
};

ASL_ASYNC asl::Task<int> run() {
  int x = get_table()[co_await val("sub", 2)];
  *get_sink("shift") << side("s1", 1) << co_await val("s2", 2) << "-"
                     << co_await str("s3", "three");
  int p = get_sink("arrow")->poke(co_await val("arg", 5));
  int d = pick_fn(side("k", 1))(co_await val("l", 9), side("r", 4));
  Trio t{side("t1", 1), co_await val("t2", 2), side("t3", 3)};
  std::vector<int> v{co_await val("v1", 7), side("v2", 8),
                     co_await val("v3", 9)};
  get_table()[side("idx", 0)] = co_await val("rhs", 99);
  int sum = side("plus-l", 1) + co_await val("plus-r", 2);
  std::printf("x=%d text=%s p=%d d=%d t=%d%d%d v=%d%d%d t0=%d sum=%d\n", x,
              sink.text.c_str(), p, d, t.a, t.b, t.c, v[0], v[1], v[2],
              table[0], sum);
  co_return x;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
