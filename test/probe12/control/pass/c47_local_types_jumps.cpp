// probe12 control: c47_local_types_jumps
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

// Objects of classes declared in the body and closures holding traced
// captures, declared after lifted objects in the same blocks, left by
// break, continue, co_return, goto and exceptions: destruction order must
// stay innermost first.

ASL_ASYNC asl::Task<int> f(int mode) {
  struct Local {
    int n;
    explicit Local(int v) : n(v) { std::printf("  local+%d\n", n); }
    Local(const Local &) = delete;
    ~Local() { std::printf("  local-%d\n", n); }
  };
  int r = 0;
  Tr first("first");
  try {
    for (int i = 0; i < 3; ++i) {
      Tr a("a");
      r += co_await later(i);
      Local l(i);
      auto fn = [t = Tr("cap")]() { return t.v(); };
      std::printf("  fn %d\n", fn() > 0);
      if (mode == 0 && i == 1)
        continue;
      if (mode == 1 && i == 1)
        break;
      if (mode == 2 && i == 1)
        co_return r;
      if (mode == 3 && i == 1)
        throw std::runtime_error("x");
      if (mode == 4 && i == 1)
        goto end;
      Tr b("b");
      r += co_await later(10);
      Local l2(i + 100);
    }
  } catch (const std::exception &e) {
    std::printf("  caught %s\n", e.what());
  }
end:
  Local last(999);
  co_return r + co_await later(0);
}

int main() {
  for (int mode = 0; mode < 5; ++mode) {
    std::printf("mode=%d\n", mode);
    g_next = 1;
    asl::Task<int> t = f(mode);
    drain();
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
}
