// The kinds found elsewhere in this probe, inside templates: an async
// function template and an async member template storing a lambda
// expression that captures a lifted local by reference, and an async
// function template saving an at-once awaiter's pointer result across a
// later await; plus, as controls, the same templates where a named lambda
// keeps the reference (pinned).
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <functional>

static std::deque<asl::Event *> waiting;
static std::deque<std::function<void()>> resumers;

// Awaiting a task does not usually suspend, so a machine awaiting later()
// may start on the stack and move at its first suspension.
ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}

// Suspends until run() resumes it.
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};

static int scribbled = 0;
static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

static void pump() {
  scribble();
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      std::function<void()> resume = std::move(resumers.front());
      resumers.pop_front();
      resume();
    }
    scribble();
  }
}

static void run(const char *name, asl::Task<int> (*make)()) {
  asl::Task<int> t = make();
  pump();
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

static std::function<int()> g_fn;
template <class T> struct ReadyPtr {
  T v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  const T *await_resume() const noexcept { return &v; }
};
template <class T> static T addp(const T *a, T b) { return *a + b; }

template <class T> ASL_ASYNC asl::Task<int> store_capture(T x) {
  T y = x;
  g_fn = [&y] { return static_cast<int>(y); };
  y = y * 10;
  co_await later(0);
  co_return g_fn();
}
template <class T> ASL_ASYNC asl::Task<int> named_capture(T x) {
  T y = x;
  auto f = [&y] { return static_cast<int>(y); };
  g_fn = f;
  y = y * 10;
  co_await later(0);
  co_return g_fn();
}
struct Acc {
  int base;
  template <class T> ASL_ASYNC asl::Task<int> store(T k) const {
    T y = k + static_cast<T>(base);
    g_fn = [&] { return static_cast<int>(y); };
    y = y * 10;
    co_await later(0);
    co_return g_fn();
  }
};
template <class T> ASL_ASYNC asl::Task<int> pointer_result(T v) {
  co_return addp<T>(co_await ReadyPtr<T>{v}, co_await later(3));
}
static asl::Task<int> c1() { return store_capture(3); }
static asl::Task<int> c2() { return named_capture(4L); }
static asl::Task<int> c3() {
  static const Acc acc{5};
  return acc.store(1);
}
static asl::Task<int> c4() { return pointer_result(50); }

int main() {
  run("store_capture", c1);
  run("named_capture", c2);
  run("member_template", c3);
  run("pointer_result", c4);
}
