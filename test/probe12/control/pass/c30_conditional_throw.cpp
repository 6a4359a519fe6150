// probe12 control: c30_conditional_throw
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

// ?: with a throw-expression in one branch and an await in the other,
// awaiting a ?: of awaiters or of event lvalues, comma sequences of void
// awaits, a throw whose operand is a ?: with awaits.

static asl::Event g_a{true}, g_b{true};

ASL_ASYNC asl::Task<void> vt(int v) {
  co_await later(v);
  std::printf("  vt %d\n", v);
}

ASL_ASYNC asl::Task<int> f(int k) {
  int r = 0;
  try {
    r += k > 0 ? co_await later(k) : throw std::runtime_error("k<=0 first");
    r += k > 1 ? throw std::runtime_error("k>1 second") : co_await later(10);
    std::printf("  r=%d\n", r);
  } catch (const std::exception &e) {
    Tr h("h");
    std::printf("  caught %s\n", e.what());
  }
  r += co_await (k % 2 ? later(100) : now(200));
  co_await (k % 2 ? g_a : g_b);
  int c = (co_await vt(1), co_await vt(2), say("comma", 3));
  r += c;
  try {
    if (k == 2)
      throw std::runtime_error(k > 1 ? std::string("big ") +
                                           std::to_string(co_await later(7))
                                     : std::string("small"));
  } catch (const std::runtime_error &e) {
    std::printf("  caught %s\n", e.what());
  }
  const Tr &t =
      k > 0
          ? Tr("pos")
          : throw std::logic_error("neg " + std::to_string(co_await later(9)));
  std::printf("  t=%s\n", t.tag);
  co_return r;
}

int main() {
  for (int k : {0, 1, 2}) {
    std::printf("k=%d\n", k);
    g_next = 1;
    try {
      asl::Task<int> t = f(k);
      drain();
      std::printf("result %d\n", asl::sync_wait(std::move(t)));
    } catch (const std::exception &e) {
      std::printf("main caught %s\n", e.what());
    }
  }
}
