// probe12 control: c07_goto
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

// goto forward, backward, out of nested scopes, loops and try blocks, with
// lifted traced locals on both sides of the jumps.

ASL_ASYNC asl::Task<int> f(int mode) {
  int r = 0;
  int rounds = 0;
  Tr outer("outer");
again:
  {
    Tr a("a");
    r += co_await later(1);
    if (rounds++ < 2)
      goto again;  // backward, leaving a
    {
      Tr b("b");
      for (int i = 0; i < 5; ++i) {
        Tr li("li");
        r += co_await later(i);
        if (mode == 1 && i == 2)
          goto out;  // out of a loop and two scopes
      }
    }
    try {
      Tr t("t");
      co_await later(7);
      if (mode == 2)
        goto out;  // out of a try block
      if (mode == 3)
        throw std::runtime_error("boom");
    } catch (const std::exception &e) {
      Tr h("handler");
      std::printf("  caught %s\n", e.what());
      r += 100;
      goto out;  // out of a handler
    }
    Tr c("c");
    r += co_await later(3);
  }
  {
    Tr skip("skip");
    goto done;  // forward over an await
  }
  r += co_await later(1000);
out:
  std::printf("  at out r=%d\n", r);
  {
    Tr o2("o2");
    r += co_await later(5);
  }
done:
  co_return r;
}

int main() {
  for (int mode = 0; mode < 4; ++mode) {
    std::printf("mode=%d\n", mode);
    g_next = 1;
    asl::Task<int> t = f(mode);
    drain();
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
}
