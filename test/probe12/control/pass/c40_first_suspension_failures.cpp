// probe12 control: c40_first_suspension_failures
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

// Machines with only trivially copyable locals (which may start on the
// stack and move at their first suspension): await_suspend throwing at the
// first suspension (void, bool and handle-returning), await_ready
// throwing, an inline resumption at the first suspension followed by a
// throwing await_resume, and a self-transfer.

struct Fail {
  int kind;  // 0 void throws, 1 bool throws, 2 handle throws, 3 ready throws
};
struct FailVoid {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H) {
    throw std::runtime_error("void suspend");
  }
  int await_resume() const { return 1; }
};
struct FailBool {
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H) {
    throw std::runtime_error("bool suspend");
  }
  int await_resume() const { return 2; }
};
struct FailHandle {
  bool await_ready() const noexcept { return false; }
  template <class H> H await_suspend(H) {
    throw std::runtime_error("handle suspend");
  }
  int await_resume() const { return 3; }
};
struct FailReady {
  bool await_ready() const { throw std::runtime_error("ready"); }
  template <class H> void await_suspend(H) {}
  int await_resume() const { return 4; }
};
struct InlineThenThrow {
  int n;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    int copy = n;  // *this may be gone once h.resume() returns
    std::printf("  inline resume %d\n", copy);
    h.resume();
    std::printf("  inline resume returned %d\n", copy);
  }
  int await_resume() const {
    if (n < 0)
      throw std::runtime_error("resume after inline");
    return n;
  }
};
struct SelfHandle {
  bool await_ready() const noexcept { return false; }
  template <class H> H await_suspend(H h) { return h; }
  int await_resume() const { return 5; }
};
struct Queue {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  int await_resume() const { return 6; }
};

template <class A> ASL_ASYNC asl::Task<int> first(int base) {
  int a = base;
  int b = 0;
  try {
    b = co_await A{};
    std::printf("  not thrown\n");
  } catch (const std::exception &e) {
    std::printf("  caught %s a=%d\n", e.what(), a);
    b = -1;
  }
  a += co_await Queue{};
  co_return a + b;
}

ASL_ASYNC asl::Task<int> inline_first(int n) {
  int a = n * 2;
  int r = co_await InlineThenThrow{n};
  co_return a + r + co_await SelfHandle{};
}

ASL_ASYNC asl::Task<int> escapes() {
  int x = 7;
  co_return x + co_await FailVoid{};
}

int main() {
  asl::Task<int> t0 = first<FailVoid>(10);
  asl::Task<int> t1 = first<FailBool>(20);
  asl::Task<int> t2 = first<FailHandle>(30);
  asl::Task<int> t3 = first<FailReady>(40);
  std::printf("started\n");
  drain();
  std::printf("%d %d %d %d\n", asl::sync_wait(std::move(t0)),
              asl::sync_wait(std::move(t1)), asl::sync_wait(std::move(t2)),
              asl::sync_wait(std::move(t3)));
  std::printf("inline %d\n", asl::sync_wait(inline_first(3)));
  try {
    asl::sync_wait(inline_first(-3));
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  try {
    asl::Task<int> e = escapes();
    std::printf("escapes ready=%d\n", e.is_ready());
    asl::sync_wait(std::move(e));
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
}
