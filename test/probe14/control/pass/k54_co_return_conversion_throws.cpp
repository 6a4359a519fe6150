// probe14 control: k54_co_return_conversion_throws
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

// co_return whose conversion to the result type throws (a converting
// constructor that throws), inside a try of the same function: the
// function's own handler catches it, in a template and a generic lambda;
// then a second co_return succeeds.
struct Picky {
  Tr t;
  int v;
  Picky(int x) : t("picky"), v(x) {
    if (x < 0)
      throw std::invalid_argument("negative " + std::to_string(x));
  }
};

template <class T>
ASL_ASYNC asl::Task<Picky> make(T x) {
  Tr fn("fn");
  try {
    Tr in("in");
    co_return static_cast<int>(x) - co_await later(3); // may throw
  } catch (const std::invalid_argument &e) {
    std::printf("  own handler: %s\n", e.what());
  }
  co_return co_await later(100);
}

int main() {
  std::printf("ok %d\n", finish(make<int>(5)).v);
  std::printf("caught %d\n", finish(make<long>(1L)).v);
  auto gl = [](auto x) -> asl::Task<Picky> {
    for (int i = 0; i < 3; ++i) {
      Tr it("it");
      try {
        co_return static_cast<int>(x) + co_await later(i) - 1;
      } catch (const std::exception &e) {
        std::printf("  gl handler: %s\n", e.what());
        continue;
      }
    }
    co_return 0;
  };
  std::printf("gl %d\n", finish(gl(0)).v);
}
