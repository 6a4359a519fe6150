// probe12 control: c22_duff_device
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

// Case labels inside a loop body (Duff's device) and gotos into the middle
// of loops, with awaits inside; lifted traced locals in the loop bodies.

ASL_ASYNC asl::Task<int> duff(int count) {
  int r = 0;
  int n = (count + 3) / 4;
  switch (count % 4) {
  case 0:
    do {
      r += co_await later(1);
      [[fallthrough]];
    case 3:
      r += co_await later(1);
      [[fallthrough]];
    case 2:
      r += co_await now(1);
      [[fallthrough]];
    case 1:
      r += co_await later(1);
    } while (--n > 0);
  }
  co_return r;
}

ASL_ASYNC asl::Task<int> into_loop(int start) {
  int r = 0;
  int i = start;
  Tr outer("outer");
  if (start > 0)
    goto inside;
  for (i = 0; i < 4; ++i) {
    r += 100;
  inside:
    r += co_await later(i);
    {
      Tr in("in");
      r += co_await later(1);
    }
  }
  co_return r;
}

ASL_ASYNC asl::Task<int> case_blocks(int k) {
  int r = 0;
  switch (k) {
    int shared;  // no initializer: may be jumped over
  case 0:
    shared = co_await later(5);
    r += shared;
    [[fallthrough]];
  case 1: {
    Tr c1("c1");
    shared = 1;
    r += shared + co_await later(1);
    break;
  }
  case 2:
    if (co_await later(2) == 2) {
      { Tr c2("c2"); }
    case 3:
      r += co_await later(3);  // case label inside an if
    }
    break;
  }
  co_return r;
}

int main() {
  for (int c = 0; c < 9; ++c) {
    asl::Task<int> t = duff(c);
    drain();
    std::printf("duff(%d)=%d\n", c, asl::sync_wait(std::move(t)));
  }
  for (int s : {0, 2}) {
    g_next = 1;
    asl::Task<int> t = into_loop(s);
    drain();
    std::printf("into_loop(%d)=%d\n", s, asl::sync_wait(std::move(t)));
  }
  for (int k = 0; k < 5; ++k) {
    g_next = 1;
    asl::Task<int> t = case_blocks(k);
    drain();
    std::printf("case_blocks(%d)=%d\n", k, asl::sync_wait(std::move(t)));
  }
}
