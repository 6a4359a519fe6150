// probe12 control: c21_throw_mid_expression
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

// An exception from an await in the middle of a full-expression: the
// temporaries built before it, spilled operands and earlier awaiters die
// once, in reverse order; exceptions in loop heads with condition variables
// alive; a throw whose operand awaits.

struct Flaky {
  int n;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  int await_resume() const {
    if (n < 0)
      throw std::runtime_error("flaky " + std::to_string(n));
    return n;
  }
};

static int use3(const Tr &a, int b, const Tr &c) { return a.v() + b + c.v(); }

struct Cond {
  int id;
  int n;
  explicit Cond(int v) : id(g_next++), n(v) { std::printf("  cond+%d\n", id); }
  Cond(const Cond &) = delete;
  ~Cond() { std::printf("  cond-%d\n", id); }
  explicit operator bool() const { return n != 0; }
};

ASL_ASYNC asl::Task<int> f(int mode) {
  int r = 0;
  try {
    r += use3(Tr("t1"), co_await Flaky{mode == 0 ? -1 : 1}, Tr("t2"));
    r += Tr("t3").v() + co_await later(1) + co_await Flaky{mode == 1 ? -2 : 2} +
         Tr("t4").v();
    int i = 2;
    while (Cond c{co_await Flaky{mode == 2 && i == 1 ? -3 : i}}) {
      Tr body("wbody");
      --i;
    }
    for (Tr fi("fi"); i < 3; i += co_await Flaky{mode == 3 ? -4 : 1}) {
      Tr fb("fb");
    }
    if (mode == 4)
      throw std::runtime_error("thrown value " +
                               std::to_string(co_await later(44)));
    std::printf("  no throw\n");
  } catch (const std::exception &e) {
    Tr h("h");
    std::printf("  caught %s\n", e.what());
    r = -1;
  }
  co_return r;
}

int main() {
  for (int mode = 0; mode < 6; ++mode) {
    std::printf("mode=%d\n", mode);
    g_next = 1;
    asl::Task<int> t = f(mode);
    drain();
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
}
