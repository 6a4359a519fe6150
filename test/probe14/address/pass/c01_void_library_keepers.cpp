// Closures capturing a lifted local by reference, given to functions of
// the standard library that keep them and return nothing: push_back into
// a global vector of std::function, std::queue::push, std::fill of a
// global vector, std::vector::assign. design.md lets a closure given to a
// standard-library call that returns nothing stay unpinned.
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

#include <algorithm>
#include <queue>
#include <vector>
static std::vector<std::function<int()>> g_cbs;
static std::queue<std::function<int()>> g_q;
static std::vector<std::function<int()>> g_filled(2);
static std::vector<std::function<int()>> g_assigned;

ASL_ASYNC asl::Task<int> push_back_closure() {
  int x = 1;
  g_cbs.push_back([&x] { return x; });
  co_await later(0);
  x += 100;
  co_return g_cbs.back()();
}
ASL_ASYNC asl::Task<int> queue_push_closure() {
  int x = 2;
  g_q.push([&x] { return x; });
  co_await later(0);
  x += 100;
  co_return g_q.front()();
}
ASL_ASYNC asl::Task<int> fill_closure() {
  int x = 3;
  std::fill(g_filled.begin(), g_filled.end(),
            std::function<int()>([&x] { return x; }));
  co_await later(0);
  x += 100;
  co_return g_filled[1]();
}
ASL_ASYNC asl::Task<int> assign_closure() {
  int x = 4;
  g_assigned.assign(2, [&x] { return x; });
  co_await later(0);
  x += 100;
  co_return g_assigned[0]();
}

int main() {
  run("push_back_closure", push_back_closure);
  run("queue_push_closure", queue_push_closure);
  run("fill_closure", fill_closure);
  run("assign_closure", assign_closure);
}
