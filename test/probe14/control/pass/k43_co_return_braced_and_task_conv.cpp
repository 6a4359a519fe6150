// probe14 control: k43_co_return_braced_and_task_conv
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

// co_return of an awaited task's class result converted to the task's
// type, of a braced list, and of a ?: between a local and an await, in
// templates.
struct Wrap {
  Tr t;
  int v;
  Wrap(Tr &&x) : t(std::move(x)), v(1) { std::printf("  Wrap(Tr&&)\n"); }
  Wrap(Wrap &&o) noexcept : t(std::move(o.t)), v(o.v) {
    std::printf("  Wrap move\n");
  }
};

struct PairV {
  int a;
  long b;
};

ASL_ASYNC asl::Task<Tr> make_tr(const char *t) {
  co_await later(0);
  co_return Tr(t);
}

template <class R>
ASL_ASYNC asl::Task<R> from_task() {
  Tr keep("keep");
  co_return co_await make_tr("made"); // Tr -> R
}

template <class T>
ASL_ASYNC asl::Task<PairV> braced(T x) {
  co_return {co_await later(static_cast<int>(x)), co_await later(2) + 1L};
}

template <class T>
ASL_ASYNC asl::Task<std::string> pick(T x) {
  std::string local = "local";
  co_return x > 0 ? local : std::to_string(co_await later(7));
}

int main() {
  std::printf("wrap %d\n", finish(from_task<Wrap>()).v);
  auto p = finish(braced<int>(4));
  std::printf("braced %d %ld\n", p.a, p.b);
  std::printf("pick %s\n", finish(pick<int>(1)).c_str());
  std::printf("pick %s\n", finish(pick<long>(0L)).c_str());
}
