// probe12 control: c12_handlers_loops_ftb
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

// Exceptions thrown in a catch handler, a try inside a loop with continue
// and break inside the handler, and function-try-blocks.

struct E {
  int v;
};

ASL_ASYNC asl::Task<int> loop(int n) {
  int r = 0;
  for (int i = 0; i < n; ++i) {
    Tr it("it");
    try {
      Tr t("t");
      r += co_await later(i);
      if (i % 3 == 1)
        throw E{i};
      if (i == 4)
        throw std::runtime_error("stop");
    } catch (const E &e) {
      Tr h("h");
      std::printf("  continue from handler %d\n", e.v);
      continue;
    } catch (const std::exception &) {
      Tr h2("h2");
      std::printf("  break from handler\n");
      break;
    }
    Tr tail("tail");
    r += co_await now(100);
  }
  co_return r;
}

ASL_ASYNC asl::Task<int> rethrow_other(int k) {
  Tr a("a");
  try {
    try {
      co_await later(k);
      throw E{k};
    } catch (E &e) {
      Tr h("h");
      std::printf("  handler throws another\n");
      throw std::logic_error("from handler " + std::to_string(e.v));
    }
  } catch (const std::logic_error &le) {
    std::printf("  outer caught %s\n", le.what());
  }
  co_return co_await later(k + 1);
}

ASL_ASYNC asl::Task<int> ftb(int k) try {
  Tr body("body");
  co_await later(k);
  if (k > 1)
    throw E{k};
  co_return k;
} catch (const E &e) {
  std::printf("  ftb handler %d\n", e.v);
  co_return -e.v;
}

ASL_ASYNC asl::Task<void> ftb_void(int k) try {
  Tr body("vbody");
  co_await later(k);
  throw E{k};
} catch (...) {
  std::printf("  void ftb handler\n");
}

int main() {
  asl::Task<int> t1 = loop(7);
  drain();
  std::printf("loop %d\n", asl::sync_wait(std::move(t1)));
  asl::Task<int> t2 = rethrow_other(3);
  drain();
  std::printf("rethrow_other %d\n", asl::sync_wait(std::move(t2)));
  for (int k : {1, 2}) {
    asl::Task<int> t3 = ftb(k);
    drain();
    std::printf("ftb %d\n", asl::sync_wait(std::move(t3)));
  }
  asl::Task<void> t4 = ftb_void(5);
  drain();
  asl::sync_wait(std::move(t4));
  std::printf("end\n");
}
