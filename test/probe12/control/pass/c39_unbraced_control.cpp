// probe12 control: c39_unbraced_control
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

// Unbraced sub-statements holding control flow with awaits: a try as a
// loop body, a switch as an if branch, loops nested without braces,
// labels on unbraced statements, else-if chains of awaits.

ASL_ASYNC asl::Task<int> f(int k) {
  int r = 0;
  for (int i = 0; i < 3; ++i)
    try {
      Tr t("t");
      r += co_await later(i);
      if (i == k)
        throw i;
    } catch (int v) {
      r += 100 * v;
    }
  if (k > 0)
    switch (co_await later(k))
    case 1:
    case 2:
      r += co_await later(7);
  else
    while (r < 5)
      r += co_await later(1);
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 2; ++j)
      if (i == j)
        r += co_await later(10);
      else if (co_await later(j) == 0)
        r += 1;
      else
        continue;
  int n = 0;
again:
  if (n++ < 2)
    if (co_await later(n))
      goto again;
  do
    r += co_await now(1);
  while (co_await later(0));
  if (k == 2)
  inner:
    r += co_await later(3);
  else if (k == 1)
    goto inner;
  co_return r;
}

int main() {
  for (int k = 0; k < 4; ++k) {
    g_next = 1;
    asl::Task<int> t = f(k);
    drain();
    std::printf("f(%d)=%d\n", k, asl::sync_wait(std::move(t)));
  }
}
