// probe12 control: c23_destroy_mid_expression
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

// Tasks destroyed while suspended in the middle of full-expressions:
// temporaries bound to const references, spilled class operands, earlier
// awaiters still alive, a ?: branch's temporary, a condition variable.

static asl::Event g_ev;

struct Cv {
  int id;
  explicit Cv(int) : id(g_next++) { std::printf("  cv+%d\n", id); }
  Cv(const Cv &) = delete;
  ~Cv() { std::printf("  cv-%d\n", id); }
  explicit operator bool() const { return true; }
};

static int use3(const Tr &a, int b, const Tr &c) { return a.v() + b + c.v(); }

ASL_ASYNC asl::Task<int> wait_ev() {
  Tr w("waiter");
  co_await g_ev;
  co_return 1;
}

ASL_ASYNC asl::Task<int> f(int at) {
  Tr a("a");
  int r = 0;
  if (at == 0)
    r += use3(Tr("x"), (co_await g_ev, say("never", 0)), Tr("y"));
  if (at == 1)
    r += Tr("p").v() + co_await later(1) + co_await wait_ev();
  if (at == 2) {
    const Tr &ref = r == 0 ? Tr("branch") : Tr("other");
    r += use3(ref, (co_await g_ev, 2), Tr("z"));
  }
  if (at == 3)
    while (Cv c{co_await later(3)}) {
      Tr body("body");
      co_await g_ev;
    }
  if (at == 4) {
    std::vector<Tr> v;
    v.reserve(2);
    v.emplace_back("e1");
    v.emplace_back("e2");
    for (const Tr &e : v) {
      Tr in("in");
      r += e.v() + co_await wait_ev();
    }
  }
  co_return r;
}

int main() {
  for (int at = 0; at < 5; ++at) {
    std::printf("at=%d\n", at);
    g_next = 1;
    {
      asl::Task<int> t = f(at);
      drain();
      std::printf("  dropping ready=%d\n", t.is_ready());
    }
    std::printf("  dropped\n");
  }
}
