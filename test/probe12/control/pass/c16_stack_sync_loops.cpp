// probe12 control: c16_stack_sync_loops
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

// Stack safety: long loops of synchronously completing awaits (tasks that
// complete at once, ready awaiters, bool awaiters that decline), nested in
// scopes with traced objects alive.

struct Decline {
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H) { return false; }
  int await_resume() const { return 1; }
};
struct Ready {
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const { return 1; }
};

ASL_ASYNC asl::Task<int> one(int i) { co_return i & 1; }

ASL_ASYNC asl::Task<int> inner(int n) {
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += co_await one(i);
  co_return s;
}

ASL_ASYNC asl::Task<long> f() {
  Tr a("a");
  long s = 0;
  for (int i = 0; i < 300000; ++i) {
    s += co_await one(i);
    s += co_await Decline{};
    s += co_await Ready{};
  }
  std::printf("  s=%ld\n", s);
  {
    Tr b("b");
    for (int i = 0; i < 1000; ++i)
      s += co_await inner(300);
  }
  co_await later(1);
  int j = 0;
  while (co_await Decline{} && j < 200000)
    ++j;
  s += j;
  co_return s;
}

int main() {
  asl::Task<long> t = f();
  drain();
  std::printf("result %ld\n", asl::sync_wait(std::move(t)));
}
