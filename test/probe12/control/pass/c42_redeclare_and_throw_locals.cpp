// probe12 control: c42_redeclare_and_throw_locals
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

// A goto backward to a label before a declaration in the same block (the
// object dies and is built again), throw of a lifted local (moved when its
// scope ends inside the try, copied otherwise), and a co_return whose
// operand throws after an await.

struct Ex {
  int id;
  explicit Ex(int) : id(g_next++) { std::printf("  ex+%d\n", id); }
  Ex(const Ex &o) : id(g_next++) {
    std::printf("  ex copy %d->%d\n", o.id, id);
  }
  Ex(Ex &&o) noexcept : id(g_next++) {
    std::printf("  ex move %d->%d\n", o.id, id);
  }
  ~Ex() { std::printf("  ex-%d\n", id); }
};

struct Out {
  int id;
  explicit Out(int v) : id(g_next++) {
    if (v < 0)
      throw std::runtime_error("Out ctor");
    std::printf("  out+%d\n", id);
  }
  Out(Out &&o) noexcept : id(g_next++) {
    std::printf("  out move %d->%d\n", o.id, id);
  }
  Out(const Out &) = delete;
  ~Out() { std::printf("  out-%d\n", id); }
};

ASL_ASYNC asl::Task<int> redeclare() {
  int n = 0;
  {
  again:
    Tr t("t");
    int seen = co_await later(n);
    Tr u("u");
    if (n++ < 2)
      goto again;
    std::printf("  seen=%d\n", seen);
  }
  co_return n;
}

ASL_ASYNC asl::Task<int> throws(int mode) {
  Ex outer(0);
  try {
    Ex inner(0);
    co_await later(1);
    if (mode == 0)
      throw inner;  // scope ends inside the try: moved
    if (mode == 1)
      throw outer;  // scope extends beyond the try: copied
  } catch (const Ex &e) {
    std::printf("  caught ex %d\n", e.id);
  }
  co_return mode;
}

ASL_ASYNC asl::Task<Out> make(int v) {
  Tr a("a");
  {
    Tr b("b");
    co_return Out(co_await later(v));
  }
}

int main() {
  g_next = 1;
  asl::Task<int> r = redeclare();
  drain();
  std::printf("redeclare %d\n", asl::sync_wait(std::move(r)));
  for (int mode = 0; mode < 3; ++mode) {
    g_next = 1;
    asl::Task<int> t = throws(mode);
    drain();
    std::printf("throws %d\n", asl::sync_wait(std::move(t)));
  }
  for (int v : {5, -5}) {
    g_next = 1;
    try {
      asl::Task<Out> t = make(v);
      drain();
      Out o = asl::sync_wait(std::move(t));
      std::printf("made %d\n", o.id);
    } catch (const std::exception &e) {
      std::printf("caught %s\n", e.what());
    }
  }
}
