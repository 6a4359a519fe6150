// probe12 control: c35_complex_heads
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

// Loop heads combining short-circuits, commas, condition declarations and
// awaits: for with a declared condition, while with && / || and awaits in
// call arguments, switch on a declared class converted to int.

struct Num {
  int id;
  int n;
  explicit Num(int v) : id(g_next++), n(v) {
    std::printf("  num+%d(%d)\n", id, n);
  }
  Num(const Num &) = delete;
  ~Num() { std::printf("  num-%d\n", id); }
  operator int() const { return n; }
};

static bool check(bool a, int b) {
  std::printf("  check %d %d\n", a, b);
  return a && b < 3;
}

ASL_ASYNC asl::Task<int> f() {
  int r = 0;
  int i = 0;
  for (; Num n{co_await later(3 - i)}; ++i, r += co_await now(1)) {
    Tr fb("fb");
    r += n;
  }
  std::printf("r=%d i=%d\n", r, i);
  int j = 0;
  while (check(j < 5 && co_await later(j) >= 0, (co_await later(j), j)) ||
         (j == 3 && co_await later(1))) {
    ++j;
  }
  std::printf("j=%d\n", j);
  for (int k = 0; k < 4; ++k) {
    switch (Num s{co_await later(k)}) {
    case 0:
      r += 1;
      break;
    case 2: {
      Tr c("c2");
      continue;
    }
    default:
      r += co_await later(10);
    }
    Tr after("after");
  }
  co_return r;
}

int main() {
  asl::Task<int> t = f();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
