// probe12 control: c46_jumps_from_handlers
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

// Jumps out of catch handlers with a traced exception object: break,
// continue, goto and co_return, from a handler nested in another handler
// too; the handler's locals, then the exception object(s), then the
// enclosing lifted locals die, in that order.

struct Ex {
  int id;
  explicit Ex(int) : id(g_next++) { std::printf("  ex+%d\n", id); }
  Ex(const Ex &o) : id(g_next++) {
    std::printf("  ex copy %d->%d\n", o.id, id);
  }
  ~Ex() { std::printf("  ex-%d\n", id); }
};

struct Out {
  int id;
  int v;
  explicit Out(int x) : id(g_next++), v(x) { std::printf("  out+%d\n", id); }
  Out(Out &&o) noexcept : id(g_next++), v(o.v) {
    std::printf("  out move %d->%d\n", o.id, id);
  }
  ~Out() { std::printf("  out-%d\n", id); }
};

ASL_ASYNC asl::Task<Out> f(int mode) {
  Tr top("top");
  int r = 0;
  for (int i = 0; i < 3; ++i) {
    Tr it("it");
    try {
      Tr t("t");
      r += co_await later(i);
      throw Ex(i);
    } catch (Ex e) {  // a copy too
      Tr h("h");
      if (mode == 0 && i == 0)
        continue;
      if (mode == 1 && i == 1)
        break;
      if (mode == 2)
        goto done;
      if (mode == 3)
        co_return Out(r);
      try {
        Tr h2("h2");
        throw Ex(100);
      } catch (const Ex &inner) {
        Tr h3("h3");
        std::printf("  inner handler %d outer %d\n", inner.id, e.id);
        if (mode == 4)
          co_return Out(-r);
        if (mode == 5)
          continue;
      }
    }
    Tr tail("tail");
    r += co_await later(10);
  }
done:
  Tr d("d");
  co_return Out(r + co_await later(1000));
}

int main() {
  for (int mode = 0; mode < 6; ++mode) {
    std::printf("mode=%d\n", mode);
    g_next = 1;
    {
      asl::Task<Out> t = f(mode);
      drain();
      Out o = asl::sync_wait(std::move(t));
      std::printf("result %d\n", o.v);
    }
  }
}
