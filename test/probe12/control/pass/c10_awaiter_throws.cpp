// probe12 control: c10_awaiter_throws
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

// Exceptions thrown before the first await, after a resumption, from
// await_ready, await_suspend (before registering / after resuming inline
// is out of protocol, so: before registering, and after registering then
// declining), and await_resume; all with traced locals alive.

struct Boom : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct ThrowAw {
  int where;  // 0 ready, 1 suspend, 2 resume, 3 suspend after queueing
  ThrowAw(int w) : where(w) { std::printf("  taw+%d\n", where); }
  ThrowAw(const ThrowAw &o) : where(o.where) { std::printf("  taw copy\n"); }
  ~ThrowAw() { std::printf("  taw-%d\n", where); }
  bool await_ready() const {
    if (where == 0)
      throw Boom("ready");
    return false;
  }
  template <class H> bool await_suspend(H h) {
    if (where == 1)
      throw Boom("suspend");
    if (where == 3) {
      // Queued nothing; declines to suspend after doing some work.
      std::printf("  suspend declines\n");
      throw Boom("suspend-late");
    }
    g_queue.push_back([h]() mutable { h.resume(); });
    return true;
  }
  int await_resume() const {
    if (where == 2)
      throw Boom("resume");
    return 7;
  }
};

ASL_ASYNC asl::Task<int> f(int mode) {
  Tr a("a");
  if (mode == -1)
    throw Boom("before first await");
  int r = 0;
  try {
    Tr b("b");
    r += co_await later(1);
    if (mode == -2)
      throw Boom("after resumption");
    Tr c("c");
    r += co_await ThrowAw(mode);
    std::printf("  not thrown r=%d\n", r);
  } catch (const Boom &e) {
    std::printf("  caught %s\n", e.what());
    r += 100;
  }
  Tr d("d");
  r += co_await later(2);
  co_return r;
}

ASL_ASYNC asl::Task<int> g(int mode) {
  Tr ga("ga");
  co_return co_await f(mode) + 1;
}

int main() {
  for (int mode : {-1, -2, 0, 1, 2, 3, 4}) {
    std::printf("mode=%d\n", mode);
    g_next = 1;
    try {
      asl::Task<int> t = g(mode);
      drain();
      std::printf("result %d\n", asl::sync_wait(std::move(t)));
    } catch (const std::exception &e) {
      std::printf("main caught %s\n", e.what());
    }
  }
}
