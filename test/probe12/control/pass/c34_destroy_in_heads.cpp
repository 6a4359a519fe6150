// probe12 control: c34_destroy_in_heads
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

// Tasks destroyed while suspended in loop heads: a while condition on its
// second evaluation (the first iteration's condition variable is gone), a
// for increment, a do condition, a range-for's awaited range, an if
// initializer; the pending awaiter dies first.

struct Cv {
  int id;
  explicit Cv(int) : id(g_next++) { std::printf("  cv+%d\n", id); }
  Cv(const Cv &) = delete;
  ~Cv() { std::printf("  cv-%d\n", id); }
  explicit operator bool() const { return true; }
};

static Aw stuck(int v) { return Aw(v, false); }  // queued, never resumed

ASL_ASYNC asl::Task<std::vector<int>> numbers() {
  co_await stuck(50);
  co_return std::vector<int>{1, 2};
}

ASL_ASYNC asl::Task<int> f(int at) {
  Tr a("a");
  int r = 0;
  int i = 0;
  if (at == 0)
    while (Cv c{i++ == 0 ? co_await now(1) : co_await stuck(2)}) {
      Tr body("wbody");
    }
  if (at == 1)
    for (Tr fi("fi"); i < 5;
         i += (i == 0 ? co_await now(1) : co_await stuck(3))) {
      Tr fb("fb");
    }
  if (at == 2) {
    Tr before("before");
    do {
      Tr db("db");
    } while (co_await stuck(4));
  }
  if (at == 3)
    for (Tr g("g"); int x : co_await numbers())
      r += x;
  if (at == 4)
    if (Tr init("init"); co_await stuck(5))
      r = 1;
  if (at == 5)
    switch (Tr s("s"); co_await stuck(6)) {
    default:
      break;
    }
  co_return r;
}

int main() {
  for (int at = 0; at < 6; ++at) {
    std::printf("at=%d\n", at);
    g_next = 1;
    {
      asl::Task<int> t = f(at);
      std::printf("  dropping ready=%d\n", t.is_ready());
    }
    g_queue.clear();
    std::printf("  dropped\n");
  }
}
