// probe12 control: c17_pingpong
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

// Mutual resumption: two tasks wake each other through events, 200000
// rounds, plus a chain of a task waking the next through an event.

struct Ball {
  asl::Event to_a, to_b;
};

ASL_ASYNC asl::Task<long> player_a(Ball &ball, int rounds) {
  Tr a("a");
  long hits = 0;
  for (int i = 0; i < rounds; ++i) {
    co_await ball.to_a;
    ball.to_a.reset();
    ++hits;
    ball.to_b.set();
  }
  co_return hits;
}

ASL_ASYNC asl::Task<long> player_b(Ball &ball, int rounds) {
  Tr b("b");
  long hits = 0;
  for (int i = 0; i < rounds; ++i) {
    ball.to_a.set();
    co_await ball.to_b;
    ball.to_b.reset();
    ++hits;
  }
  co_return hits;
}

static asl::Event g_chain[1001];

ASL_ASYNC asl::Task<int> link(int i) {
  co_await g_chain[i];
  g_chain[i + 1].set();
  co_return i;
}

int main() {
  Ball ball;
  asl::Task<long> a = player_a(ball, 200000);
  asl::Task<long> b = player_b(ball, 200000);
  std::printf("a=%ld\n", asl::sync_wait(std::move(a)));
  std::printf("b=%ld\n", asl::sync_wait(std::move(b)));
  std::vector<asl::Task<int>> links;
  for (int i = 0; i < 1000; ++i)
    links.push_back(link(i));
  g_chain[0].set();
  long s = 0;
  for (auto &t : links)
    s += asl::sync_wait(std::move(t));
  std::printf("chain %ld %d\n", s, g_chain[1000].is_set());
}
