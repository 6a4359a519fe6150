// probe12 control: c04_heads_conditions
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

// Awaits in if/switch heads with initializers, condition declarations of
// traced classes, re-evaluated conditions.

struct Res {
  int id;
  int val;
  explicit Res(int v) : id(g_next++), val(v) {
    std::printf("  res+%d(%d)\n", id, val);
  }
  Res(Res &&o) noexcept : id(g_next++), val(o.val) {
    std::printf("  res move %d->%d\n", o.id, id);
  }
  Res(const Res &) = delete;
  ~Res() { std::printf("  res-%d\n", id); }
  explicit operator bool() const { return val != 0; }
};

ASL_ASYNC asl::Task<Res> make(int v) {
  co_await later(v);
  co_return Res(v);
}

ASL_ASYNC asl::Task<int> f(int k) {
  int r = 0;
  if (Tr g("ifinit"); co_await later(k) > 1) {
    Tr in("then");
    r += co_await later(g.v() * 0 + 1);
  } else {
    Tr in("else");
    r += 2;
  }
  if (auto p = co_await make(k)) {
    std::printf("  p true %d\n", p.val);
    r += p.val;
  } else {
    std::printf("  p false\n");
    r += co_await later(100);
  }
  switch (Tr s("swinit"); co_await later(k % 3)) {
  case 0: {
    Tr c0("case0");
    r += co_await later(10);
    break;
  }
  case 1:
    r += 11;
    [[fallthrough]];
  case 2: {
    Tr c2("case2");
    r += co_await now(12);
  } break;
  }
  if (Res q = co_await make(k - 1); q && co_await later(q.val) > 0)
    r += 1000;
  else if (Tr e("elif"); co_await later(0) == 0)
    r += 2000;
  co_return r;
}

int main() {
  for (int k : {0, 1, 2, 4}) {
    std::printf("k=%d\n", k);
    asl::Task<int> t = f(k);
    drain();
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
}
