// probe14 control: k45_relocate_inline_first_suspend
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

// Machines with only trivially copyable locals (which may start on the
// stack and move to a box at their first suspension) whose first
// suspension resumes them inline from await_suspend, then suspend for
// real inside that resumption; in a template and a generic lambda.
template <class T>
ASL_ASYNC asl::Task<T> reloc(T a, int mode) {
  T b = a * 2;
  int n = co_await Inline{3}; // first suspension: resumed inline
  b += static_cast<T>(n);
  if (mode == 1)
    b += static_cast<T>(co_await later(5)); // real suspension, nested
  int m = co_await Inline{7};
  if (mode == 2)
    b += static_cast<T>(co_await ThrowsOnSuspend{m});
  co_return a + b + static_cast<T>(m);
}

template <class T>
ASL_ASYNC asl::Task<T> caller(int mode) {
  T total{};
  for (int i = 0; i < 3; ++i) {
    try {
      total += co_await reloc<T>(T(i), mode);
    } catch (const std::exception &e) {
      std::printf("  caught %s\n", e.what());
    }
  }
  co_return total;
}

int main() {
  for (int m = 0; m < 3; ++m)
    std::printf("int m%d %d\n", m, finish(caller<int>(m)));
  std::printf("long %ld\n", finish(caller<long>(1)));
  auto gl = [](auto x) -> asl::Task<long> {
    long y = static_cast<long>(x);
    y += co_await Inline{static_cast<int>(x)};
    y += co_await later(1);
    y += co_await Inline{2};
    co_return y;
  };
  std::printf("gl %ld\n", finish(gl(4)));
}
