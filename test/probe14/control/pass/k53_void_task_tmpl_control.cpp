// probe14 control: k53_void_task_tmpl_control
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

// Our own FIFO scheduler: suspended awaits queue here, drain() resumes them.
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

// Never resumes: a task suspended here is only ever destroyed.
struct Never {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H) {}
  int await_resume() const { return 0; }
};

// Resumes the awaiting machine from inside await_suspend (on_completed).
struct Inline {
  int val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  int await_resume() const { return val; }
};

// await_suspend (on_completed) throws before registering anything.
struct ThrowsOnSuspend {
  int val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H) {
    throw std::runtime_error("on_suspend " + std::to_string(val));
  }
  int await_resume() const { return val; }
};

[[maybe_unused]] static int say(const char *what, int v) {
  std::printf("  %s %d\n", what, v);
  return v;
}

// Runs queued work, then takes the task's result.
template <class T> T finish(asl::Task<T> t) {
  drain();
  return asl::sync_wait(std::move(t));
}

// Task<void> members of a class template and void generic lambdas:
// co_return; from nested loops and a try, flowing off the end after a
// switch, a void co_await expression in a comma, exceptions escaping.
template <class T> struct Log {
  std::vector<T> seen;
  ASL_ASYNC asl::Task<void> record(int n) {
    Tr r("record");
    for (int i = 0; i < n; ++i) {
      Tr it("it");
      for (int j = 0; j < 3; ++j) {
        try {
          Tr t("t");
          seen.push_back(T(co_await later(i * 10 + j)));
          if (i * 10 + j == 11)
            co_return; // leaves t, the loops' locals, r
          if (j == 1)
            break;
        } catch (...) {
        }
      }
    }
    switch (n) {
    case 0:
      co_await later(-1), say("comma", 0);
      break;
    default:
      throw std::runtime_error("escaping");
    }
  }
};

int main() {
  Log<int> a;
  finish(a.record(3));
  std::printf("a %zu\n", a.seen.size());
  Log<long> b;
  finish(b.record(0));
  std::printf("b %zu\n", b.seen.size());
  try {
    Log<int> c;
    finish(c.record(1));
  } catch (const std::exception &e) {
    std::printf("escaped %s\n", e.what());
  }
  auto gl = [](auto n) -> asl::Task<void> {
    while (true) {
      Tr w("w");
      if (co_await later(static_cast<int>(n)) > 0)
        co_return;
      n = n + 1;
    }
  };
  finish(gl(-1));
  std::printf("done\n");
}
