// probe12 control: c05_loop_heads
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

// Awaits in while/do-while conditions, for init/cond/increment, condition
// variables declared in while heads (re-made and destroyed per iteration),
// continue reaching the increment and the do condition.

struct Cnt {
  int id;
  int n;
  explicit Cnt(int v) : id(g_next++), n(v) {
    std::printf("  cnt+%d(%d)\n", id, n);
  }
  Cnt(const Cnt &) = delete;
  ~Cnt() { std::printf("  cnt-%d\n", id); }
  explicit operator bool() const { return n > 0; }
};

ASL_ASYNC asl::Task<int> f() {
  int r = 0;
  int i = 3;
  while (Cnt c{co_await later(i)}) {
    Tr body("wbody");
    --i;
    if (c.n == 2)
      continue;
    r += c.n;
  }
  std::printf("r=%d\n", r);
  int j = 0;
  do {
    Tr d("dbody");
    if (j == 1) {
      ++j;
      continue;
    }
    r += co_await later(j);
    ++j;
  } while (co_await later(j) < 3);
  std::printf("r=%d j=%d\n", r, j);
  for (Tr init("forinit"); co_await later(r) < 20; r += co_await now(3)) {
    Tr fb("fbody");
    if (r % 2 == 0) {
      r += 1;
      continue;
    }
    if (r > 15)
      break;
  }
  std::printf("r=%d\n", r);
  for (int a = co_await later(0), b = co_await later(3); a < b;
       a += co_await later(1), --b) {
    std::printf("  a=%d b=%d\n", a, b);
  }
  for (;;) {
    Tr once("once");
    if (co_await later(1))
      break;
  }
  co_return r;
}

int main() {
  asl::Task<int> t = f();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
