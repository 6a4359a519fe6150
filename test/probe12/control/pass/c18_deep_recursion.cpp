// probe12 control: c18_deep_recursion
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

// Deep recursion of async calls: each level holds a traced object only at
// the top and bottom, suspends at the bottom, and unwinds an exception
// from the bottom through every level.

static asl::Event g_bottom;
static int g_live = 0;
struct Level {
  Level() { ++g_live; }
  ~Level() { --g_live; }
  Level(const Level &) = delete;
};

ASL_ASYNC asl::Task<int> down(int depth, bool fail) {
  Level l;
  if (depth == 0) {
    Tr bottom("bottom");
    co_await g_bottom;
    std::printf("  at bottom live=%d\n", g_live);
    if (fail)
      throw std::runtime_error("bottom failed");
    co_return 0;
  }
  int v = co_await down(depth - 1, fail);
  co_return v + 1;
}

int main() {
  asl::Task<int> t = down(3000, false);
  std::printf("suspended live=%d\n", g_live);
  g_bottom.set();
  std::printf("result %d live=%d\n", asl::sync_wait(std::move(t)), g_live);
  g_bottom.reset();
  asl::Task<int> u = down(3000, true);
  g_bottom.set();
  try {
    asl::sync_wait(std::move(u));
  } catch (const std::exception &e) {
    std::printf("caught %s live=%d\n", e.what(), g_live);
  }
  g_bottom.reset();
  {
    asl::Task<int> w = down(2000, false);
    std::printf("dropping live=%d\n", g_live);
  }
  std::printf("dropped live=%d\n", g_live);
}
