// probe12 control: c20_overloaded_operators
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

// Overloaded operators keep C++17's sequencing of the operator notation:
// `,` and `&&`/`||` (no short-circuit: both operands run, so the awaiter
// on the right is constructed), `=`/`+=` right first, `[]`, `<<`, `>>` and
// `->*` left first, with traced class operands.

struct V {
  int id;
  int n;
  explicit V(int x) : id(g_next++), n(x) { std::printf("  V+%d(%d)\n", id, n); }
  V(const V &o) : id(g_next++), n(o.n) {
    std::printf("  V copy %d->%d\n", o.id, id);
  }
  V(V &&o) noexcept : id(g_next++), n(o.n) {
    std::printf("  V move %d->%d\n", o.id, id);
  }
  ~V() { std::printf("  V-%d\n", id); }
  V &operator=(const V &o) {
    std::printf("  V assign %d=%d\n", id, o.id);
    n = o.n;
    return *this;
  }
  V &operator+=(int k) {
    std::printf("  V += %d\n", k);
    n += k;
    return *this;
  }
  int operator[](int i) const {
    std::printf("  V[%d]\n", i);
    return n + i;
  }
  int operator->*(int k) const {
    std::printf("  V->*%d\n", k);
    return n * k;
  }
};
static int operator,(const V &a, int b) {
  std::printf("  comma %d,%d\n", a.n, b);
  return a.n + b;
}
static bool operator&&(const V &a, int b) {
  std::printf("  and %d %d\n", a.n, b);
  return a.n && b;
}
static bool operator||(int a, const V &b) {
  std::printf("  or %d %d\n", a, b.n);
  return a || b.n;
}
static V &operator<<(V &a, int b) {
  std::printf("  shl %d\n", b);
  a.n = a.n * 10 + b;
  return a;
}
static int operator>>(const V &a, int b) {
  std::printf("  shr %d\n", b);
  return a.n >> b;
}

static V &pickv(V &v, const char *w) {
  std::printf("  pick %s\n", w);
  return v;
}

ASL_ASYNC asl::Task<int> f() {
  V x(1), y(2);
  int r = (V(say("c", 5)), co_await later(6));
  std::printf("r=%d\n", r);
  bool a1 = V(0) && co_await later(7);  // both sides evaluated
  bool a2 = say("lhs", 1) || V(co_await later(8));
  std::printf("a1=%d a2=%d\n", a1, a2);
  pickv(x, "assign-lhs") = V(co_await later(9));
  pickv(y, "plus-lhs") += co_await later(10);
  int s = pickv(x, "sub")[co_await later(2)];
  pickv(y, "shl") << co_await later(3) << say("mid", 4) << co_await now(5);
  int sh = pickv(y, "shr") >> co_await later(1);
  int mp = pickv(x, "mptr")->*(co_await later(3));
  std::printf("x=%d y=%d s=%d sh=%d mp=%d\n", x.n, y.n, s, sh, mp);
  co_return r + s + sh + mp;
}

int main() {
  asl::Task<int> t = f();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
