// probe12 control: c13_destroy_suspended
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

// Destroying suspended tasks at different suspension points: inside nested
// scopes, tries, loops, range-fors, mid-expression; exactly the alive
// objects die, innermost first, once.

static asl::Event g_ev[8];

static int use(const Tr &a, int b) { return a.v() + b; }

ASL_ASYNC asl::Task<int> f(int at) {
  Tr a("a");
  int r = 0;
  {
    Tr b("b");
    if (at == 0)
      co_await g_ev[0];
  }
  try {
    Tr c("c");
    for (int i = 0; i < 3; ++i) {
      Tr li("li");
      if (at == 1 && i == 1)
        co_await g_ev[1];
    }
    std::vector<int> xs{1, 2};
    for (int x : xs) {
      Tr rf("rf");
      if (at == 2 && x == 2)
        co_await g_ev[2];
    }
  } catch (...) {
    std::printf("  never\n");
  }
  Tr d("d");
  if (at == 3)
    r +=
        use(Tr("tmp"), (co_await g_ev[3], 1)); // temporary alive mid-expression
  switch (at) {
  case 4: {
    Tr s("s");
    co_await g_ev[4];
    break;
  }
  default:
    break;
  }
  const Tr &ext = Tr("ext");
  if (at == 5)
    co_await g_ev[5];
  std::printf("  finished %d %d\n", r, ext.v());
  co_return r;
}

int main() {
  for (int at = 0; at < 7; ++at) {
    std::printf("at=%d\n", at);
    g_next = 1;
    {
      asl::Task<int> t = f(at);
      std::printf("  dropping, ready=%d\n", t.is_ready());
    }
    std::printf("  dropped\n");
  }
}
