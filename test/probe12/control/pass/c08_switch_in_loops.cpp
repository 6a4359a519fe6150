// probe12 control: c08_switch_in_loops
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

// break and continue in a switch inside loops, case labels after blocks
// with lifted locals, goto between case labels, nested switches.

ASL_ASYNC asl::Task<int> f() {
  int r = 0;
  for (int i = 0; i < 6; ++i) {
    Tr it("it");
    switch (i % 4) {
    case 0: {
      Tr z("z");
      r += co_await later(i);
      continue;  // continues the for
    }
    case 1: {
      Tr o("o");
      if (co_await later(i) > 4)
        break;  // leaves the switch
      r += 10;
    }
      [[fallthrough]];
    case 2: {
      Tr w("w");
      switch (co_await later(i % 2)) {
      case 0:
        r += 1;
        break;  // inner switch
      default: {
        Tr d("d");
        r += co_await now(2);
        goto case3;
      }
      }
      break;
    }
    case 3:
    case3 : {
      Tr t3("t3");
      int k = 0;
      while (true) {
        Tr wl("wl");
        switch (k++) {
        case 0:
          co_await later(30);
          continue;  // continues the while
        case 1:
          break;
        default:
          std::printf("  never\n");
        }
        break;  // leaves the while
      }
      r += 100;
    }
    }
    std::printf("  i=%d r=%d\n", i, r);
  }
  co_return r;
}

int main() {
  asl::Task<int> t = f();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
