// probe12 control: c02_unspecified_order
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

// Where C++ leaves the order open (clang-19 goes left to right): call
// arguments, + and *, comparison operands, with awaits and traced
// temporaries bound to const references.

static int sum3(const Tr &a, int b, const Tr &c) {
  std::printf("  sum3 %d %d %d\n", a.v(), b, c.v());
  return a.v() + b + c.v();
}
static int two(int a, int b) {
  std::printf("  two %d %d\n", a, b);
  return a * 10 + b;
}

ASL_ASYNC asl::Task<int> f() {
  int total = 0;
  total += say("x", 1) + co_await later(2) * say("y", 3);
  std::printf("total=%d\n", total);
  total +=
      two(say("a", 4), co_await later(5)) + two(co_await later(6), say("b", 7));
  std::printf("total=%d\n", total);
  int s = sum3(Tr("t1"), co_await later(8), Tr("t2"));
  std::printf("s=%d\n", s);
  bool lt = say("cmpl", 1) < co_await later(2);
  std::printf("lt=%d\n", lt);
  int m = two(two(say("n1", 1), co_await now(2)),
              two(co_await later(3), say("n2", 4)));
  std::printf("m=%d\n", m);
  co_return total + s + m;
}

int main() {
  asl::Task<int> t = f();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
