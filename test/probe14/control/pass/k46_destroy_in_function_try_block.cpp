// probe14 control: k46_destroy_in_function_try_block
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

// Tasks of a function-try-block template and of a class template member
// destroyed while suspended inside the try body's nested scopes: the
// locals die, no handler runs; another completes through the handler.
template <class T>
ASL_ASYNC asl::Task<T> guarded(T v, bool stall) try {
  Tr body("body");
  for (int i = 0; i < 2; ++i) {
    Tr it("it");
    try {
      Tr in("in");
      if (stall && i == 1)
        co_await Never{};
      co_await later(i);
    } catch (...) {
      std::printf("  inner handler ran\n");
    }
  }
  if (!stall)
    throw std::runtime_error("done");
  co_return v;
} catch (const std::exception &e) {
  std::printf("  outer handler: %s\n", e.what());
  co_return T(-1);
}

template <class T> struct Holder {
  Tr member{"member"};
  ASL_ASYNC asl::Task<void> hold(bool stall) try {
    Tr h("h");
    if (stall)
      co_await Never{};
    co_await later(3);
  } catch (...) {
    std::printf("  hold handler ran\n");
  }
};

int main() {
  {
    auto t = guarded<int>(1, true);
    drain();
    std::printf("-- destroy guarded\n");
  }
  std::printf("handled %d\n", finish(guarded<long>(2L, false)) == -1);
  Holder<int> h;
  {
    auto t = h.hold(true);
    drain();
    std::printf("-- destroy hold\n");
  }
  finish(h.hold(false));
  std::printf("done\n");
}
