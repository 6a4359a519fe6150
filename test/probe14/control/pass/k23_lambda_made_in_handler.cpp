// probe14 control: k23_lambda_made_in_handler
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

// A coroutine lambda defined and started inside a catch handler of an
// async function (its own awaits are in its body, not in the handler);
// its closure captures nothing, as the task outlives it; the task is
// kept, awaited after the handler, and another is destroyed
// while suspended deep inside its own try and loop.
ASL_ASYNC asl::Task<int> host(int mode) {
  Tr h("host");
  asl::Task<int> pending;
  try {
    co_await later(1);
    throw std::runtime_error("fail");
  } catch (const std::exception &e) {
    Tr hh("handler");
    auto recover = [](std::string msg, int m) -> asl::Task<int> {
      Tr r("recover");
      try {
        for (int i = 0; i < 3; ++i) {
          Tr it("it");
          if (m == 1 && i == 1)
            co_await Never{};
          co_await later(i);
        }
      } catch (...) {
      }
      co_return static_cast<int>(msg.size());
    };
    pending = recover(e.what(), mode);
  }
  Tr after("after");
  if (mode == 1) {
    co_await later(5);
    std::printf("  dropping the pending task\n");
    pending = asl::Task<int>();
    co_return -1;
  }
  co_return co_await pending;
}

int main() {
  std::printf("mode0 %d\n", finish(host(0)));
  std::printf("mode1 %d\n", finish(host(1)));
}
