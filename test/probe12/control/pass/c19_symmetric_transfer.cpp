// probe12 control: c19_symmetric_transfer
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

// Handle-returning await_suspend used for symmetric transfer between two
// tasks: each parks its own handle and transfers to the other's, 200000
// times; the stack must not grow.

template <class H> H g_parked{};
static std::function<void()> g_resume_parked;

template <class H> static void park(H h) {
  g_parked<H> = h;
  g_resume_parked = [h]() mutable { h.resume(); };
}

struct Park {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { park(h); }
  void await_resume() const noexcept {}
};

struct Swap {
  bool await_ready() const noexcept { return false; }
  template <class H> H await_suspend(H h) {
    H other = g_parked<H>;
    park(h);
    return other;
  }
  void await_resume() const noexcept {}
};

static long g_count = 0;

ASL_ASYNC asl::Task<int> runner(int id, int n) {
  Tr r("runner");
  if (id == 1)
    co_await Park{};
  for (int i = 0; i < n; ++i) {
    ++g_count;
    co_await Swap{};
  }
  std::printf("  runner %d done count=%ld\n", id, g_count);
  co_return id;
}

int main() {
  asl::Task<int> a = runner(1, 200000);
  std::printf("a parked count=%ld\n", g_count);
  asl::Task<int> b = runner(2, 200000);
  std::printf("b returned count=%ld ready a=%d b=%d\n", g_count, a.is_ready(),
              b.is_ready());
  auto last = std::move(g_resume_parked);
  last();
  std::printf("ready a=%d b=%d\n", a.is_ready(), b.is_ready());
  std::printf("a=%d b=%d\n", asl::sync_wait(std::move(a)),
              asl::sync_wait(std::move(b)));
}
