// Checks that the temporaries an operand of `&&`, `||` or `?:` creates after
// its last await die where the full-expression ends, after the temporaries
// created later in it, and only if that operand ran, as natively: with more
// of the expression after the operand, inside call arguments, in if and
// loop heads, in co_return, in nested conditionals, for a by-value argument
// (a parameter object), when an exception leaves the operand, and when the
// task is destroyed while suspended there. A ?: of class prvalues keeps
// initializing its destination directly (no move), a reference too.
// Before, such a temporary died at the end of a statement of its own, before
// the rest of the expression ran.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

static std::function<void()> pending;

struct Pause {
  int v;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::printf("  resume %d\n", v);
    return v;
  }
};

struct G {
  std::string n;
  G(const char *s) : n(s) { std::printf("  +%s\n", n.c_str()); }
  G(int i) : n(std::to_string(i)) { std::printf("  +%s\n", n.c_str()); }
  G(const G &o) : n(o.n + "'") { std::printf("  +%s (copy)\n", n.c_str()); }
  G(G &&o) : n(o.n + "~") { std::printf("  +%s (move)\n", n.c_str()); }
  ~G() { std::printf("  -%s\n", n.c_str()); }
  bool ok() const { return true; }
  bool no() const { return false; }
  int v() const { return 1; }
};

static bool check(G g) {
  std::printf("  check %s\n", g.n.c_str());
  return true;
}
static int two(bool a, const G &b) {
  std::printf("  two %d %s\n", a, b.n.c_str());
  return 2;
}
static int sum(int a, int b) {
  std::printf("  sum %d %d\n", a, b);
  return a + b;
}
static const G &pick(const G &g) { return g; }
static bool boom(const G &g) {
  std::printf("  boom %s\n", g.n.c_str());
  throw 42;
}

ASL_ASYNC asl::Task<int> body(bool t, bool f) {
  std::puts("rest of the expression after the operand:");
  bool a = (t && (co_await Pause{1} + G("b").v())) && G("c").ok();
  std::puts("left operand's temporary across the await:");
  bool d = G("a").ok() && co_await Pause{2} && G("i").ok();
  std::puts("|| in a call's arguments:");
  int b = two(f || (co_await Pause{3}, G("d").ok()), G("e"));
  int s = sum(t && co_await Pause{4}, f || G("x").ok()) +
          sum(G("y").v(), t ? co_await Pause{5} : 0);
  std::puts("?: then more:");
  int c = (t ? co_await Pause{6} + G("f").v() : G("g").v()) + G("h").v();
  std::puts("a parameter object:");
  bool e = t && (co_await Pause{7}, check(G("j"))) && G("k").ok();
  std::puts("nested conditionals:");
  int n = f ? G("p").v()
          : (t && co_await Pause{8} + G("q").v()) ? G("r").v()
                                                   : G("s").v();
  std::puts("class prvalues of ?:");
  const G &r = t ? G(co_await Pause{9}) : G("no");
  G g = f ? G("no") : G(co_await Pause{10} + G("in").v());
  std::printf("  %s\n", pick(t ? G(co_await Pause{11}) : G("z")).n.c_str());
  std::puts("if:");
  if (t && (co_await Pause{12} && G("l").ok()) && G("m").ok())
    std::puts("  branch");
  std::puts("loop heads:");
  int k = 0;
  for (int j = 0; t && co_await Pause{13} && G("loop").ok() && j < 2;
       j += f || (co_await Pause{14} > 0 && G("inc").ok()))
    ++k;
  std::puts("an exception from the operand:");
  try {
    bool x = G("t").ok() && (co_await Pause{15}, boom(G("u"))) && G("v").ok();
    std::printf("  x=%d\n", x);
  } catch (int e) {
    std::printf("  caught %d\n", e);
  }
  std::printf("  r=%s g=%s\n", r.n.c_str(), g.n.c_str());
  std::puts("co_return:");
  co_return a + b + c + d + e + k + n + s +
      (t && (co_await Pause{16} + G("w").v()) && G("x").ok());
}

ASL_ASYNC asl::Task<int> dropped(bool t) {
  bool a = G("left").ok() &&
           (t ? G("mid").v() + co_await Pause{17} : G("other").v()) &&
           G("right").ok();
  co_return a;
}

int main() {
  auto t = body(true, false);
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
  std::puts("destroyed while suspended:");
  {
    auto u = dropped(true);
    pending = nullptr;
  }
  std::puts("done");
}
