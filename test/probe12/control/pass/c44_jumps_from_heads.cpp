// probe12 control: c44_jumps_from_heads
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

// Jumps out of scopes opened by heads: goto out of a switch with an
// init-statement, co_return from if/for/switch init scopes, a backward goto
// inside a range-for body; exceptions from a range's iterator increment and
// from a condition's explicit bool conversion after awaits.

struct Range {
  Tr t{"range"};
  int limit;
  int fail_at;
  struct It {
    int i;
    int fail_at;
    int operator*() const { return i; }
    It &operator++() {
      if (++i == fail_at)
        throw std::runtime_error("iterator increment");
      return *this;
    }
    bool operator!=(const It &o) const { return i != o.i; }
  };
  It begin() const { return It{0, fail_at}; }
  It end() const { return It{limit, fail_at}; }
};

struct Touchy {
  int id;
  int n;
  explicit Touchy(int v) : id(g_next++), n(v) {
    std::printf("  touchy+%d\n", id);
  }
  Touchy(const Touchy &) = delete;
  ~Touchy() { std::printf("  touchy-%d\n", id); }
  explicit operator bool() const {
    if (n < 0)
      throw std::runtime_error("bool conversion");
    return n != 0;
  }
};

ASL_ASYNC asl::Task<int> f(int mode) {
  int r = 0;
  switch (Tr s("s"); co_await later(mode)) {
  case 0: {
    Tr c("c0");
    goto out;
  }
  case 1:
    if (Tr i("ifinit"); co_await later(1))
      co_return -1;
    break;
  case 2:
    for (Tr fi("fi"); ; ) {
      Tr fb("fb");
      co_return -2 - co_await later(0);
    }
  default:
    break;
  }
out:
  try {
    for (int x : Range{Tr("range"), 4, mode == 3 ? 2 : 100}) {
      int inner = 0;
    redo:
      Tr body("rb");
      r += co_await later(x);
      if (inner++ < 1 && x == 1)
        goto redo;
    }
  } catch (const std::exception &e) {
    std::printf("  caught %s\n", e.what());
  }
  try {
    if (Touchy t{co_await later(mode == 4 ? -1 : 1)})
      r += 1000;
    while (Touchy w{co_await later(mode == 5 ? -1 : 0)})
      r += 1;
  } catch (const std::exception &e) {
    std::printf("  caught %s\n", e.what());
  }
  co_return r;
}

int main() {
  for (int mode = 0; mode < 6; ++mode) {
    std::printf("mode=%d\n", mode);
    g_next = 1;
    asl::Task<int> t = f(mode);
    drain();
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
}
