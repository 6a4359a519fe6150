// probe12 control: c24_uncaught_in_destructors
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

// Destructors that ask std::uncaught_exceptions() while an exception leaves
// lifted locals' scopes across awaits, at several task levels, and a scope
// guard that commits or rolls back.

struct Guard {
  int id;
  int at;
  explicit Guard(int) : id(g_next++), at(std::uncaught_exceptions()) {
    std::printf("  guard+%d\n", id);
  }
  Guard(const Guard &) = delete;
  ~Guard() {
    std::printf("  guard-%d %s\n", id,
                std::uncaught_exceptions() > at ? "rollback" : "commit");
  }
};

ASL_ASYNC asl::Task<int> inner(int k) {
  Guard g1(0);
  co_await later(k);
  {
    Guard g2(0);
    co_await later(k);
    if (k == 1)
      throw std::runtime_error("inner");
  }
  Guard g3(0);
  co_return k;
}

ASL_ASYNC asl::Task<int> outer(int k) {
  Guard o1(0);
  int r = 0;
  try {
    Guard o2(0);
    r = co_await inner(k);
    Guard o3(0);
    co_await later(0);
    if (k == 2)
      throw std::logic_error("outer");
  } catch (const std::runtime_error &e) {
    Guard h(0);
    std::printf("  caught %s\n", e.what());
  }
  Guard o4(0);
  co_await later(9);
  co_return r;
}

int main() {
  for (int k : {0, 1, 2}) {
    std::printf("k=%d\n", k);
    g_next = 1;
    try {
      asl::Task<int> t = outer(k);
      drain();
      std::printf("result %d\n", asl::sync_wait(std::move(t)));
    } catch (const std::exception &e) {
      std::printf("main caught %s\n", e.what());
    }
  }
}
