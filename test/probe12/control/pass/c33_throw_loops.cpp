// probe12 control: c33_throw_loops
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

// Long loops of awaits that throw synchronously and are caught inside the
// loop (100000 rounds), alternating with suspending awaits; exception
// objects and traced locals counted, not printed per round.

static int g_alive = 0;
struct Counted {
  Counted() { ++g_alive; }
  Counted(const Counted &) { ++g_alive; }
  ~Counted() { --g_alive; }
};

struct Err {
  Counted c;
  int v;
};

ASL_ASYNC asl::Task<int> maybe(int i) {
  Counted local;
  if (i % 3 == 0)
    throw Err{Counted(), i};
  co_return i;
}

ASL_ASYNC asl::Task<long> f(int n) {
  long sum = 0, caught = 0;
  for (int i = 0; i < n; ++i) {
    Counted c;
    try {
      Counted t;
      sum += co_await maybe(i);
      if (i % 1000 == 999)
        sum += co_await later(0);
    } catch (const Err &e) {
      Counted h;
      caught += e.v % 7;
      if (i % 10000 == 0)
        continue;
    }
  }
  std::printf("  caught=%ld alive=%d\n", caught, g_alive);
  co_return sum;
}

int main() {
  asl::Task<long> t = f(100000);
  drain();
  std::printf("result %ld alive=%d\n", asl::sync_wait(std::move(t)), g_alive);
}
