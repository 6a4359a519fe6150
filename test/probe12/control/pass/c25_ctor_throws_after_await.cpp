// probe12 control: c25_ctor_throws_after_await
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

// Constructors that throw after an await in their own initializer, members
// of aggregates built in place partly, multiple declarators where a later
// one throws; what was built dies once.

struct Picky {
  int id;
  explicit Picky(int v) : id(g_next++) {
    if (v < 0) {
      std::printf("  picky throws\n");
      throw std::invalid_argument("negative");
    }
    std::printf("  picky+%d\n", id);
  }
  Picky(const Picky &) = delete;
  ~Picky() { std::printf("  picky-%d\n", id); }
};

struct Agg {
  Tr a;
  Picky p;
  Tr b;
};

ASL_ASYNC asl::Task<int> f(int mode) {
  Tr top("top");
  try {
    Picky p1(co_await later(mode == 0 ? -1 : 1));
    Agg ag{Tr("ma"), Picky(co_await later(mode == 1 ? -1 : 1)), Tr("mb")};
    Tr d1("d1"), d2("d2");
    Picky q1(co_await later(1)), q2(co_await later(mode == 2 ? -1 : 2)), q3(3);
    std::printf("  all built\n");
  } catch (const std::invalid_argument &e) {
    std::printf("  caught %s\n", e.what());
    co_return -1;
  }
  co_return 0;
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
