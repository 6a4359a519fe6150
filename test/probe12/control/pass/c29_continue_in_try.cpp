// probe12 control: c29_continue_in_try
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

// continue/break from inside try blocks (not handlers) in for, while and
// do loops, with lifted locals in the try, the loop body and outside; a
// co_return from a try nested in a switch in a loop.

ASL_ASYNC asl::Task<int> f() {
  int r = 0;
  for (int i = 0; i < 5; ++i) {
    Tr body("fb");
    try {
      Tr t("ft");
      r += co_await later(i);
      if (i == 1)
        continue;
      if (i == 3)
        break;
      Tr t2("ft2");
      co_await later(0);
    } catch (...) {
      std::printf("  never\n");
    }
    r += 10;
  }
  int j = 0;
  do {
    Tr db("db");
    try {
      try {
        Tr in("in");
        if (co_await later(j) % 2 == 0) {
          ++j;
          continue;  // to the do condition
        }
        throw j;
      } catch (int v) {
        std::printf("  caught %d\n", v);
        if (v == 3)
          break;
      }
    } catch (...) {
    }
    ++j;
  } while (j < 10);
  std::printf("j=%d r=%d\n", j, r);
  int k = 0;
  while (true) {
    Tr w("w");
    switch (k++) {
    case 0:
      try {
        Tr s("s0");
        co_await later(1);
        continue;
      } catch (...) {
      }
      break;
    case 1:
      try {
        Tr s("s1");
        co_return r + co_await later(1000);
      } catch (...) {
      }
    }
  }
}

int main() {
  asl::Task<int> t = f();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
