// probe14 control: k33_resumed_by_other_task_inside_suspend
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

// An awaiter whose await_suspend (on_completed) parks the handle and sets
// an asl::Event; a task waiting on that event resumes inline and resumes
// the parked machine, which runs to its next await or to its end, all
// before await_suspend returns; in a template, awaited by another.
static std::function<void()> g_resume;
static asl::Event g_go;

struct ParkAndSignal {
  int val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_resume = [h]() mutable { h.resume(); };
    int v = val; // read before set(): the awaiter may be gone after it
    std::printf("  parking %d\n", v);
    g_go.set();
    std::printf("  set returned (%d)\n", v);
  }
  int await_resume() const { return val; }
};

ASL_ASYNC asl::Task<int> resumer(int rounds) {
  Tr r("resumer");
  for (int i = 0; i < rounds; ++i) {
    co_await g_go;
    g_go.reset();
    std::printf("  resumer resumes the parked one\n");
    auto f = std::move(g_resume);
    f();
    std::printf("  resumer round %d done\n", i);
  }
  co_return rounds;
}

template <class T>
ASL_ASYNC asl::Task<T> parked(T v, int n) {
  Tr p("parked");
  for (int i = 0; i < n; ++i) {
    Tr it("it");
    v += static_cast<T>(co_await ParkAndSignal{i + 1});
  }
  co_return v;
}

template <class T>
ASL_ASYNC asl::Task<T> outer(T v, int n) {
  Tr o("outer");
  co_await later(0); // so that parked's end resumes outer at once
  T r = co_await parked<T>(v, n);
  co_return r * 2;
}

int main() {
  auto res = resumer(3);
  std::printf("-- first\n");
  auto t = outer<int>(10, 2);
  drain();
  std::printf("outer %d\n", asl::sync_wait(std::move(t)));
  std::printf("-- second\n");
  std::printf("outer %ld\n", finish(outer<long>(5L, 1)));
  std::printf("resumer %d\n", asl::sync_wait(std::move(res)));
}
