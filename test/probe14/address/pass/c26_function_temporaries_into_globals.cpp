// A closure capturing by reference wrapped in a std::function temporary
// that then reaches a global: assigned (`g = std::function<...>(...)`),
// swapped in, moved in by std::exchange, and a std::function argument of
// a program's function that stores it (design.md: pinned).
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

#include <utility>
static std::function<int()> g_fn;
static void store(std::function<int()> f) { g_fn = std::move(f); }

ASL_ASYNC asl::Task<int> assigned_temporary() {
  int x = 1;
  g_fn = std::function<int()>([&x] { return x; });
  co_await later(0);
  x += 100;
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> swapped_in() {
  int x = 2;
  std::function<int()>([&x] { return x; }).swap(g_fn);
  co_await later(0);
  x += 100;
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> exchanged_in() {
  int x = 3;
  (void)std::exchange(g_fn, [&x] { return x; });
  co_await later(0);
  x += 100;
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> program_stores() {
  int x = 4;
  store([&x] { return x; });
  co_await later(0);
  x += 100;
  co_return g_fn();
}

int main() {
  run("assigned_temporary", assigned_temporary);
  run("swapped_in", swapped_in);
  run("exchanged_in", exchanged_in);
  run("program_stores", program_stores);
}
