// Static and thread_local locals of the async function keeping an
// address into the machine: a static reference bound to a lifted local,
// a static closure capturing it by reference (initialized once), a
// thread_local pointer assigned a member function's `this`, a static
// std::function assigned a closure.
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

struct Node {
  int v;
  const Node *self() const { return this; }
};

ASL_ASYNC asl::Task<int> static_reference() {
  int x = 1;
  static int &r = x;
  co_await later(0);
  x += 100;
  co_return r;
}
ASL_ASYNC asl::Task<int> static_closure() {
  int x = 2;
  static auto f = [&x] { return x; };
  co_await later(0);
  x += 100;
  co_return f();
}
ASL_ASYNC asl::Task<int> thread_local_pointer() {
  Node n{3};
  thread_local const Node *p = nullptr;
  p = n.self();
  co_await later(0);
  n.v += 100;
  co_return p->v;
}
ASL_ASYNC asl::Task<int> static_function() {
  int x = 4;
  static std::function<int()> f;
  f = [&x] { return x; };
  co_await later(0);
  x += 100;
  co_return f();
}

int main() {
  run("static_reference", static_reference);
  run("static_closure", static_closure);
  run("thread_local_pointer", thread_local_pointer);
  run("static_function", static_function);
}
