// probe12 control: c49_inline_resume_completes
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

// An awaiter that resumes the coroutine inside await_suspend, after which
// the coroutine completes and its awaiting parent resumes and destroys it,
// all before await_suspend returns (void, and bool returning true): nothing
// may touch the finished task afterwards.

struct InlineV {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    std::printf("  [void: resume inline]\n");
    h.resume();
    std::printf("  [void: back]\n");  // *this may be gone: no member use
  }
  int await_resume() const { return 1; }
};
struct InlineB {
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H h) {
    std::printf("  [bool: resume inline]\n");
    h.resume();
    std::printf("  [bool: back]\n");
    return true;
  }
  int await_resume() const { return 2; }
};

ASL_ASYNC asl::Task<int> child(int k) {
  Tr c("child");
  co_await later(0);  // the parent is suspended on us from here on
  int v = k % 2 ? co_await InlineV{} : co_await InlineB{};
  std::printf("  child %d completes\n", k);
  co_return v;
}

ASL_ASYNC asl::Task<int> parent() {
  Tr p("parent");
  int s = 0;
  for (int k = 0; k < 4; ++k) {
    Tr it("it");
    s += co_await child(k);
    std::printf("  parent got child %d\n", k);
  }
  asl::Task<int> held = child(7);
  s += co_await held;
  held = asl::Task<int>();
  std::printf("  parent dropped held\n");
  co_return s;
}

int main() {
  asl::Task<int> t = parent();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
