// probe12 control: c15_inline_resume_kinds
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

// Awaiters resuming the machine inline from await_suspend (void, bool,
// handle-returning), bool returning false, the same awaiter lvalue awaited
// twice, and an awaiter that resumes and then throws from await_resume.

struct InlineVoid {
  int n;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    int copy = n;  // *this may be gone once h.resume() returns
    std::printf("  void suspend -> resume inline %d\n", copy);
    h.resume();
    std::printf("  void suspend returns %d\n", copy);
  }
  int await_resume() const { return n; }
};

struct InlineBool {
  int n;
  bool decline;
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H h) {
    if (decline) {
      std::printf("  bool suspend declines %d\n", n);
      return false;
    }
    g_queue.push_back([h]() mutable { h.resume(); });
    return true;
  }
  int await_resume() const { return n; }
};

struct Self {
  int n;
  bool await_ready() const noexcept { return false; }
  template <class H> H await_suspend(H h) {
    std::printf("  handle suspend returns self %d\n", n);
    return h;
  }
  int await_resume() const { return n; }
};

struct Counted {
  int uses = 0;
  int id;
  explicit Counted(int i) : id(i) { std::printf("  counted+%d\n", id); }
  Counted(const Counted &) = delete;
  ~Counted() { std::printf("  counted-%d uses=%d\n", id, uses); }
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  int await_resume() { return ++uses; }
};

struct ResumeThrow {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  int await_resume() const { throw std::runtime_error("after inline resume"); }
};

ASL_ASYNC asl::Task<int> f() {
  Tr a("a");
  int r = co_await InlineVoid{1};
  std::printf("  after void r=%d\n", r);
  r += co_await InlineBool{2, true};
  r += co_await InlineBool{3, false};
  r += co_await Self{4};
  Counted c(5);
  r += co_await c;
  r += co_await c;
  std::printf("  counted twice r=%d\n", r);
  try {
    Tr b("b");
    r += co_await ResumeThrow{};
  } catch (const std::exception &e) {
    std::printf("  caught %s\n", e.what());
  }
  for (int i = 0; i < 3; ++i) {
    Tr li("li");
    r += co_await InlineVoid{10 + i};
  }
  co_return r;
}

int main() {
  asl::Task<int> t = f();
  std::printf("main after call ready=%d\n", t.is_ready());
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
