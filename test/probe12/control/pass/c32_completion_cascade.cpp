// probe12 control: c32_completion_cascade
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

// Stack safety of completions: 100000 tasks each awaiting the previous one
// (held in a vector), all suspended, then the bottom event is set: the
// completions cascade through every level. Then a chain awaiting by
// temporaries, 5000 deep, completing synchronously at the bottom.

static asl::Event g_bottom;

ASL_ASYNC asl::Task<long> base() {
  co_await g_bottom;
  co_return 1;
}

ASL_ASYNC asl::Task<long> next(asl::Task<long> &prev) {
  long v = co_await prev;
  co_return v + 1;
}

ASL_ASYNC asl::Task<long> nest(int depth) {
  if (depth == 0)
    co_return 0;
  long v = co_await nest(depth - 1);
  co_return v + 1;
}

int main() {
  const int n = 100000;
  std::vector<asl::Task<long>> chain;
  chain.reserve(n + 1);
  chain.push_back(base());
  for (int i = 0; i < n; ++i)
    chain.push_back(next(chain.back()));
  std::printf("built, top ready=%d\n", chain.back().is_ready());
  g_bottom.set();
  std::printf("set, top ready=%d\n", chain.back().is_ready());
  std::printf("top=%ld\n", asl::sync_wait(std::move(chain.back())));
  chain.pop_back();
  while (!chain.empty())
    chain.pop_back();  // destroy from the top down: each awaited already
  std::printf("nest=%ld\n", asl::sync_wait(nest(5000)));
}
