// probe12 control: c53_fallthrough_lifted
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

// [[fallthrough]]; as the last statement of blocks holding lifted objects
// (an if branch inside a case, a case's own block), so their destruction
// comes between the attribute and the next case label; a fallthrough from
// a loop's exit into the next case.

ASL_ASYNC asl::Task<int> f(int k) {
  int r = 0;
  switch (k) {
  case 0:
    if (k == 0) {
      Tr t("if");
      r += co_await later(1);
      [[fallthrough]];
    } else {
      break;
    }
  case 1: {
    Tr u("case1");
    r += co_await later(10);
    [[fallthrough]];
  }
  case 2:
    for (int i = 0; i < 2; ++i) {
      Tr l("loop");
      r += co_await later(100);
    }
    [[fallthrough]];
  case 3: {
    Tr w("case3");
    r += co_await now(1000);
    break;
  }
  default:
    break;
  }
  co_return r;
}

int main() {
  for (int k = 0; k < 5; ++k) {
    g_next = 1;
    asl::Task<int> t = f(k);
    drain();
    std::printf("f(%d)=%d\n", k, asl::sync_wait(std::move(t)));
  }
}
