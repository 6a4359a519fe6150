// probe12 control: c41_reentrant_destroy
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

// Destroying a suspended task whose lifted local's destructor sets an
// event: the woken task runs (inline or after) and itself destroys a third
// suspended task; every traced object dies once.

static asl::Event e1, e2, e3;
static asl::Task<int> *g_victim = nullptr;

struct Setter {
  asl::Event *ev;
  explicit Setter(asl::Event &e) : ev(&e) { std::printf("  setter+\n"); }
  Setter(const Setter &) = delete;
  ~Setter() {
    std::printf("  ~setter sets\n");
    ev->set();
    std::printf("  ~setter set returned\n");
  }
};

ASL_ASYNC asl::Task<int> a_task() {
  Tr a1("a1");
  Setter s(e2);
  Tr a2("a2");
  co_await e1;  // never set
  co_return 1;
}

ASL_ASYNC asl::Task<int> b_task() {
  Tr b("b");
  co_await e2;
  std::printf("  b woke, destroying victim\n");
  {
    asl::Task<int> dead = std::move(*g_victim);
  }
  std::printf("  b destroyed victim\n");
  Tr b2("b2");
  co_return 2;
}

ASL_ASYNC asl::Task<int> victim() {
  Tr v("v");
  try {
    Tr vt("vt");
    co_await e3;  // never set
  } catch (...) {
    std::printf("  never\n");
  }
  co_return 3;
}

int main() {
  asl::Task<int> v = victim();
  g_victim = &v;
  asl::Task<int> b = b_task();
  {
    asl::Task<int> a = a_task();
    std::printf("dropping a\n");
  }
  std::printf("dropped a, b ready=%d v ready=%d\n", b.is_ready(), v.is_ready());
  std::printf("b=%d\n", asl::sync_wait(std::move(b)));
}
