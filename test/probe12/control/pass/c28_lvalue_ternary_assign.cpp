// probe12 control: c28_lvalue_ternary_assign
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

// ?: yielding lvalues on the left of = and += with awaits in the condition,
// the branches and the right side; right side first, untaken branch's
// awaiter never built; the same task lvalue awaited twice; an empty task.

static int &pick(int &x, const char *w) {
  std::printf("  pick %s\n", w);
  return x;
}

ASL_ASYNC asl::Task<int> val(int v) {
  co_await later(v);
  co_return v;
}

ASL_ASYNC asl::Task<int> f(int k) {
  int a = 0, b = 0;
  (co_await later(k) > 0 ? pick(a, "a") : pick(b, "b")) = co_await later(5);
  (k > 0 ? pick(a, "a2") : (co_await later(99), pick(b, "b2"))) +=
      say("rhs", 7);
  int &r = k > 1 ? a : (co_await later(1) ? b : a);
  r += co_await later(100);
  std::printf("a=%d b=%d\n", a, b);
  asl::Task<int> held = val(k + 1);
  int x = co_await held;
  int y = co_await held;  // awaited twice: same result
  std::printf("x=%d y=%d\n", x, y);
  asl::Task<int> moved = std::move(held);
  try {
    co_await held;  // empty now
  } catch (const asl::empty_task &e) {
    std::printf("  empty: %s\n", e.what());
  }
  co_return a + b + x + y + co_await moved;
}

int main() {
  for (int k : {0, 1, 2}) {
    std::printf("k=%d\n", k);
    asl::Task<int> t = f(k);
    drain();
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
}
