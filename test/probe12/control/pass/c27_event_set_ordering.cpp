// probe12 control: c27_event_set_ordering
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

// Where woken tasks run relative to the code that sets the event: set()
// from main, from a task woken by set(), from a destructor of a lifted
// local while an exception unwinds, and from a task that then keeps
// running; every print shows the interleaving.

static asl::Event e1, e2, e3, e4;

struct Setter {
  asl::Event *ev;
  const char *name;
  Setter(asl::Event &e, const char *n) : ev(&e), name(n) {}
  Setter(const Setter &) = delete;
  ~Setter() {
    std::printf("  ~Setter %s sets\n", name);
    ev->set();
    std::printf("  ~Setter %s set returned\n", name);
  }
};

ASL_ASYNC asl::Task<int> waiter(asl::Event &e, const char *name) {
  Tr w(name);
  std::printf("  %s waits\n", name);
  co_await e;
  std::printf("  %s woke\n", name);
  co_return 1;
}

ASL_ASYNC asl::Task<int> relay(asl::Event &in, asl::Event &out,
                               const char *name) {
  Tr r(name);
  co_await in;
  std::printf("  %s relays\n", name);
  out.set();
  std::printf("  %s after set\n", name);
  co_await later(0);
  std::printf("  %s done\n", name);
  co_return 2;
}

ASL_ASYNC asl::Task<int> unwinder() {
  Tr u("unwinder");
  Setter s(e4, "e4");
  co_await e3;
  std::printf("  unwinder throws\n");
  throw std::runtime_error("unwind");
}

int main() {
  asl::Task<int> w2 = waiter(e2, "w2");
  asl::Task<int> r1 = relay(e1, e2, "r1");
  asl::Task<int> w4 = waiter(e4, "w4");
  asl::Task<int> un = unwinder();
  std::printf("main sets e1\n");
  e1.set();
  std::printf("main after e1\n");
  drain();
  std::printf("main sets e3\n");
  e3.set();
  std::printf("main after e3\n");
  try {
    asl::sync_wait(std::move(un));
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  std::printf("%d %d %d\n", asl::sync_wait(std::move(w2)),
              asl::sync_wait(std::move(r1)), asl::sync_wait(std::move(w4)));
}
