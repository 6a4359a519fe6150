// probe12 control: c48_void_co_return_exprs
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

// co_return of a void expression in a Task<void> (a void call, an awaited
// Task<void>, a cast to void of an await), from nested scopes with traced
// locals; flowing off the end after a loop with break.

static void note(int v) { std::printf("  note %d\n", v); }

ASL_ASYNC asl::Task<void> inner(int v) {
  Tr i("inner");
  co_await later(v);
  co_return note(v);
}

ASL_ASYNC asl::Task<void> f(int mode) {
  Tr a("a");
  {
    Tr b("b");
    if (mode == 0)
      co_return mode == 0 ? note(co_await later(1)) : note(-2);
    if (mode == 1)
      co_return co_await inner(2);
    if (mode == 2)
      co_return (void)co_await later(3);
    if (mode == 3)
      co_return static_cast<void>(say("static_cast", co_await later(4)));
  }
  for (;;) {
    Tr l("l");
    if (co_await later(mode) > 2)
      break;
  }
}

int main() {
  for (int mode = 0; mode < 5; ++mode) {
    std::printf("mode=%d\n", mode);
    g_next = 1;
    asl::Task<void> t = f(mode);
    drain();
    asl::sync_wait(std::move(t));
    std::printf("done\n");
  }
}
