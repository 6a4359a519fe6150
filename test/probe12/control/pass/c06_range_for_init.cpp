// probe12 control: c06_range_for_init
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

// Range-for with a C++20 init-statement and an awaited range, with break,
// continue and co_return inside, traced element copies.

ASL_ASYNC asl::Task<std::vector<Tr>> items(int n) {
  std::vector<Tr> v;
  v.reserve(n);
  for (int i = 0; i < n; ++i)
    v.emplace_back("item");
  co_await later(n);
  co_return v;
}

ASL_ASYNC asl::Task<int> f(int stop) {
  int sum = 0;
  for (Tr g("guard"); const Tr &x : co_await items(4)) {
    Tr in("in");
    if (x.v() % 2 == 0)
      continue;
    sum += co_await later(x.v());
    if (sum > stop) {
      std::printf("  break at %d\n", x.v());
      break;
    }
  }
  std::printf("sum=%d\n", sum);
  for (auto v = co_await items(3); Tr x : v) {
    Tr in("in2");
    if (co_await later(x.v()) > stop + 100) {
      std::printf("  co_return inside\n");
      co_return -x.v();
    }
    sum += 1;
  }
  co_return sum;
}

int main() {
  for (int stop : {0, 1000, -200}) {
    std::printf("stop=%d\n", stop);
    g_next = 1;
    asl::Task<int> t = f(stop);
    drain();
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
}
