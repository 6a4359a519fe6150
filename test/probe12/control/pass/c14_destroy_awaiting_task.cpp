// probe12 control: c14_destroy_awaiting_task
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

// Tasks destroyed while they await other tasks (a temporary task, a task
// held in a variable, a task in a vector): the chain below dies too, each
// level's locals innermost first.

static asl::Event g_ev;

ASL_ASYNC asl::Task<int> leaf(int id) {
  Tr l("leaf");
  co_await g_ev;
  co_return id;
}

ASL_ASYNC asl::Task<int> mid(int id) {
  Tr m("mid");
  {
    Tr inner("mid-inner");
    co_return co_await leaf(id) + 1;
  }
}

ASL_ASYNC asl::Task<int> top_temp() {
  Tr t("top");
  int v = co_await mid(1);
  co_return v;
}

ASL_ASYNC asl::Task<int> top_var() {
  Tr t("topv");
  asl::Task<int> held = leaf(2);
  Tr after("after-held");
  co_return co_await held;
}

ASL_ASYNC asl::Task<int> top_vec() {
  Tr t("topvec");
  std::vector<asl::Task<int>> ts;
  ts.push_back(leaf(3));
  ts.push_back(mid(4));
  int s = 0;
  for (auto &x : ts) {
    Tr loop("loop");
    s += co_await x;
  }
  co_return s;
}

int main() {
  {
    asl::Task<int> a = top_temp();
    std::printf("drop top_temp\n");
  }
  {
    asl::Task<int> b = top_var();
    std::printf("drop top_var\n");
  }
  {
    asl::Task<int> c = top_vec();
    std::printf("drop top_vec\n");
  }
  {
    // Half way: the first leaf done, the second suspended.
    asl::Task<int> d = top_vec();
    asl::Task<int> e = leaf(9);
    std::printf("set\n");
    g_ev.set();
    std::printf("after set: d ready=%d e ready=%d\n", d.is_ready(),
                e.is_ready());
    std::printf("d=%d e=%d\n", asl::sync_wait(std::move(d)),
                asl::sync_wait(std::move(e)));
  }
  std::printf("end\n");
}
