// probe12 control: c50_awaits_both_sides
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <exception>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

// Traced objects: every construction, copy, move and destruction prints.
static int g_next = 1;
struct Tr {
  int id;
  const char *tag;
  explicit Tr(const char *t) : id(g_next++), tag(t) {
    std::printf("  +%s#%d\n", tag, id);
  }
  Tr(const Tr &o) : id(g_next++), tag(o.tag) {
    std::printf("  copy %s#%d->#%d\n", tag, o.id, id);
  }
  Tr(Tr &&o) noexcept : id(g_next++), tag(o.tag) {
    std::printf("  move %s#%d->#%d\n", tag, o.id, id);
  }
  Tr &operator=(const Tr &) = delete;
  ~Tr() { std::printf("  -%s#%d\n", tag, id); }
  int v() const { return id; }
};

// A scheduler of our own: suspended awaits queue here, drain() resumes them.
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}

// A traced awaiter: suspends (resumed by drain) unless `ready`.
struct Aw {
  int val;
  bool ready;
  Aw(int v, bool r) : val(v), ready(r) { std::printf("  aw+%d\n", val); }
  Aw(const Aw &o) : val(o.val), ready(o.ready) {
    std::printf("  aw copy %d\n", val);
  }
  Aw(Aw &&o) noexcept : val(o.val), ready(o.ready) {
    std::printf("  aw move %d\n", val);
  }
  ~Aw() { std::printf("  aw-%d\n", val); }
  bool await_ready() const noexcept { return ready; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  int await_resume() const {
    std::printf("  resume %d\n", val);
    return val;
  }
};
[[maybe_unused]] static Aw later(int v) { return Aw(v, false); }
[[maybe_unused]] static Aw now(int v) { return Aw(v, true); }

[[maybe_unused]] static int say(const char *what, int v) {
  std::printf("  %s %d\n", what, v);
  return v;
}

// Awaits on both sides of =, += and [] (built-in and overloaded), chained
// assignments, an awaited object expression with awaited arguments, and
// increments beside awaits; C++17's order throughout.

struct M {
  int id;
  int n = 0;
  explicit M(int v) : id(g_next++), n(v) { std::printf("  M+%d(%d)\n", id, n); }
  M(const M &o) : id(g_next++), n(o.n) {
    std::printf("  M copy %d->%d\n", o.id, id);
  }
  ~M() { std::printf("  M-%d\n", id); }
  M &operator=(const M &o) {
    std::printf("  M%d = M%d\n", id, o.id);
    n = o.n;
    return *this;
  }
  M &operator+=(const M &o) {
    std::printf("  M%d += M%d\n", id, o.id);
    n += o.n;
    return *this;
  }
  int &operator[](int i) {
    std::printf("  M%d[%d]\n", id, i);
    return n;
  }
  int add(int a, int b) const {
    std::printf("  M%d.add(%d,%d)\n", id, a, b);
    return n + a + b;
  }
};

static M g_m[3] = {M(0), M(10), M(20)};

ASL_ASYNC asl::Task<M *> getm(int i) {
  co_await later(i);
  co_return &g_m[i];
}

ASL_ASYNC asl::Task<int> f() {
  int a[4] = {0, 0, 0, 0};
  a[co_await later(1)] = co_await later(5);
  a[co_await later(2)] += co_await later(6) + co_await now(7);
  int x = 0, y = 0;
  x = y = co_await later(8);
  x += y -= co_await later(3);
  std::printf("a=%d %d %d %d x=%d y=%d\n", a[0], a[1], a[2], a[3], x, y);
  *co_await getm(0) = M(co_await later(42));
  *co_await getm(1) += M(co_await later(1));
  (*co_await getm(2))[co_await later(9)] = co_await later(99);
  int s = (co_await getm(1))->add(co_await later(1), say("b", 2));
  std::printf("g_m=%d %d %d s=%d\n", g_m[0].n, g_m[1].n, g_m[2].n, s);
  int i = 0;
  a[i++] = co_await later(i + 50);
  a[i] = co_await later(i) + i;
  std::printf("a=%d %d %d %d i=%d\n", a[0], a[1], a[2], a[3], i);
  std::string str = "x";
  str += std::to_string(co_await later(3)) + str;
  (str += "-") += std::to_string(co_await later(4));
  std::printf("str=%s\n", str.c_str());
  co_return s;
}

int main() {
  asl::Task<int> t = f();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
