// probe14 control: k20_function_try_block_tmpl
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

// Function-try-blocks on an async function template and on a member of a
// class template; the handler sees parameters, may co_return; a throw by
// await_suspend (on_completed) and one after a resumption reach it.
template <class T>
ASL_ASYNC asl::Task<T> ftb(T v, int mode) try {
  Tr body("body");
  T got = static_cast<T>(co_await later(static_cast<int>(v)));
  if (mode == 1)
    co_await ThrowsOnSuspend{mode};
  if (mode == 2)
    throw std::logic_error("after resume");
  co_return got;
} catch (const std::exception &e) {
  std::printf("  ftb caught %s (v %d)\n", e.what(), static_cast<int>(v));
  co_return T(-1);
}

template <class T> struct Svc {
  T base;
  ASL_ASYNC asl::Task<void> act(int mode) try {
    Tr m("member");
    co_await later(static_cast<int>(base));
    if (mode)
      co_await ThrowsOnSuspend{static_cast<int>(base)};
    std::printf("  act done\n");
  } catch (const std::runtime_error &e) {
    std::printf("  act caught %s base %d\n", e.what(),
                static_cast<int>(base));
  }
};

int main() {
  for (int m = 0; m < 3; ++m)
    std::printf("ftb %d\n", finish(ftb<int>(4, m)));
  std::printf("ftbl %ld\n", finish(ftb<long>(6L, 1)));
  Svc<short> s{3};
  finish(s.act(0));
  finish(s.act(1));
}
