// probe12 control: c11_nested_try_hierarchy
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

// Nested tries with rethrow (throw;), catch (...), catch by reference and
// by value of a class hierarchy (slicing), exceptions crossing several
// task levels, std::exception_ptr kept across awaits.

// g++ warns (-Wcatch-value) at a polymorphic class caught by value, which
// this program does on purpose; clang does not.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wcatch-value"
#endif

struct Base {
  int id;
  explicit Base(int i) : id(i) { std::printf("  Base+%d\n", id); }
  Base(const Base &o) : id(o.id + 100) {
    std::printf("  Base copy %d->%d\n", o.id, id);
  }
  virtual ~Base() { std::printf("  Base-%d\n", id); }
  virtual const char *name() const { return "Base"; }
};
struct Mid : Base {
  explicit Mid(int i) : Base(i) {}
  Mid(const Mid &o) : Base(o) { std::printf("  Mid copy\n"); }
  const char *name() const override { return "Mid"; }
};
struct Leaf : Mid {
  explicit Leaf(int i) : Mid(i) {}
  Leaf(const Leaf &o) : Mid(o) { std::printf("  Leaf copy\n"); }
  const char *name() const override { return "Leaf"; }
};

ASL_ASYNC asl::Task<int> level3(int k) {
  Tr l3("l3");
  co_await later(k);
  if (k == 1)
    throw Leaf(k);
  if (k == 2)
    throw Mid(k);
  if (k == 3)
    throw 42;
  co_return k;
}

ASL_ASYNC asl::Task<int> level2(int k) {
  Tr l2("l2");
  try {
    Tr in("l2in");
    co_return co_await level3(k);
  } catch (Mid &m) {
    std::printf("  l2 caught by ref %s %d\n", m.name(), m.id);
    m.id += 1000;
    throw;
  }
}

ASL_ASYNC asl::Task<int> level1(int k) {
  Tr l1("l1");
  std::exception_ptr saved;
  int r = 0;
  try {
    try {
      r = co_await level2(k);
    } catch (Base b) {  // by value: slices
      std::printf("  l1 caught by value %s %d\n", b.name(), b.id);
      saved = std::current_exception();
    }
    r += co_await later(10);
    if (saved)
      std::rethrow_exception(saved);
  } catch (const Leaf &l) {
    std::printf("  l1 rethrown Leaf %d\n", l.id);
    r = -1;
  } catch (const Base &b) {
    std::printf("  l1 rethrown %s %d\n", b.name(), b.id);
    r = -2;
  } catch (...) {
    std::printf("  l1 catch-all\n");
    saved = std::current_exception();
  }
  Tr after("after");
  co_await later(20);
  if (r == 0 && saved) {
    try {
      std::rethrow_exception(saved);
    } catch (int i) {
      std::printf("  int %d\n", i);
      r = i;
    }
  }
  co_return r;
}

int main() {
  for (int k : {0, 1, 2, 3}) {
    std::printf("k=%d\n", k);
    g_next = 1;
    asl::Task<int> t = level1(k);
    drain();
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
}
