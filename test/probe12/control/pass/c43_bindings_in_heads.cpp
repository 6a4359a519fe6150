// probe12 control: c43_bindings_in_heads
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

// Structured bindings and reference-extended temporaries in heads: if/for
// init-statements declaring bindings from awaited pairs, a range-for
// init-statement binding a reference to an awaited temporary, a range over
// a member of an awaited prvalue; destroyed while suspended inside too.

struct Holder {
  Tr tag;
  std::vector<int> items;
  explicit Holder(int n) : tag("holder") {
    for (int i = 0; i < n; ++i)
      items.push_back(i + 1);
  }
};

ASL_ASYNC asl::Task<Holder> make_holder(int n) {
  co_await later(n);
  co_return Holder(n);
}

ASL_ASYNC asl::Task<std::pair<int, Tr>> make_pair_(int v) {
  co_await later(v);
  co_return std::pair<int, Tr>(v, Tr("second"));
}

static asl::Event g_never;

ASL_ASYNC asl::Task<int> f(bool stall) {
  int r = 0;
  if (auto [n, t] = co_await make_pair_(3); n > co_await later(1)) {
    std::printf("  then n=%d t=%s\n", n, t.tag);
    r += n;
  }
  for (auto [i, t] = co_await make_pair_(0); i < 2; i += co_await later(1)) {
    Tr body("fbody");
    r += i;
  }
  for (const Holder &h = co_await make_holder(2); int x : h.items) {
    Tr in("in");
    r += x * co_await later(1);
    if (stall && x == 2)
      co_await g_never;
  }
  for (int x : (co_await make_holder(3)).items) {
    Tr in("in2");
    r += co_await later(x);
  }
  co_return r;
}

int main() {
  for (bool stall : {false, true}) {
    std::printf("stall=%d\n", stall);
    g_next = 1;
    asl::Task<int> t = f(stall);
    drain();
    if (!stall)
      std::printf("result %d\n", asl::sync_wait(std::move(t)));
    else
      std::printf("dropping ready=%d\n", t.is_ready());
  }
  std::printf("end\n");
}
