// probe12 control: c03_short_circuit_untaken
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

// &&, ||, ?: with awaits in operands that are not taken: their awaiters
// must never be constructed. Nested, combined with commas.

static bool flag(const char *w, bool b) {
  std::printf("  flag %s %d\n", w, b);
  return b;
}

ASL_ASYNC asl::Task<int> f(int k) {
  int r = 0;
  if (flag("a", false) && co_await later(1))
    r += 1;
  if (flag("b", true) || co_await later(2))
    r += 2;
  r += k > 0 ? co_await later(3) : co_await later(4);
  r += (flag("c", k > 5) && (co_await later(5), true))
           ? 100
           : (say("else", 6), co_await now(6));
  bool z = (flag("d", true) && (flag("e", false) || co_await later(7) > 0)) ||
           (co_await later(8), flag("f", true));
  std::printf("z=%d r=%d\n", z, r);
  int w = (say("c1", 1), flag("g", k == 1))
              ? (co_await later(9), say("c2", 2))
              : (say("c3", 3),
                 co_await later(10) + (flag("h", false) && co_await later(11)));
  std::printf("w=%d\n", w);
  Tr t1("t1");
  const Tr &ref = k > 1 ? Tr("yes") : (co_await later(12), Tr("no"));
  std::printf("ref=%s\n", ref.tag);
  int q = (co_await later(13) > 100 && co_await later(14)) +
          (co_await later(15) < 0 || flag("i", true));
  std::printf("q=%d\n", q);
  while (flag("loop", r < 20) && co_await later(1) == 1)
    r += 5;
  co_return r + w + q;
}

int main() {
  for (int k : {0, 1, 2, 7}) {
    std::printf("k=%d\n", k);
    asl::Task<int> t = f(k);
    drain();
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
}
