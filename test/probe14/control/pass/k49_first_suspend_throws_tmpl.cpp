// probe14 control: k49_first_suspend_throws_tmpl
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

// Relocatable machines (trivially copyable locals only) in a template and
// a generic coroutine lambda whose first suspension's await_suspend
// throws, caught by the function's own handler, after which they suspend
// for real and finish; and one whose first await declines (bool false).
struct Declines {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H) { return false; }
  int await_resume() const { return v; }
};

template <class T>
ASL_ASYNC asl::Task<T> first_throw(T a) {
  T b = a;
  try {
    b += static_cast<T>(co_await ThrowsOnSuspend{static_cast<int>(a)});
    b = T(-100);
  } catch (const std::runtime_error &e) {
    std::printf("  own handler: %s\n", e.what());
    b += T(1);
  }
  b += static_cast<T>(co_await later(2));
  b += static_cast<T>(co_await Declines{3});
  co_return b;
}

int main() {
  std::printf("int %d\n", finish(first_throw<int>(10)));
  std::printf("long %ld\n", finish(first_throw<long>(20L)));
  auto gl = [](auto x) -> asl::Task<int> {
    int r = static_cast<int>(x);
    r += co_await Declines{1};
    for (int i = 0; i < 2; ++i) {
      try {
        r += co_await ThrowsOnSuspend{i};
      } catch (...) {
        r += 10;
        continue;
      }
    }
    co_return r + co_await later(5);
  };
  std::printf("gl %d\n", finish(gl(1)));
  std::printf("gl %d\n", finish(gl(2L)));
}
