// Lambdas called at once that return nothing (design.md: such a closure
// does not pin by itself) but whose body lets the captured local's
// address go: a member call that records `this`, registering a nested
// closure in a global vector, passing it on by reference, a generic
// lambda called at once with the local as `auto &`.
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

#include <vector>
static std::vector<std::function<int()>> g_cbs;
static const int *g_p = nullptr;
static void keep(const int &r) { g_p = &r; }
struct Node {
  int v;
  void publish() const { last = this; }
  static const Node *last;
};
const Node *Node::last = nullptr;

ASL_ASYNC asl::Task<int> member_call_inside() {
  Node n{1};
  [&] { n.publish(); }();
  co_await later(0);
  n.v += 100;
  co_return Node::last->v;
}
ASL_ASYNC asl::Task<int> nested_closure_inside() {
  int x = 2;
  [&] { g_cbs.push_back([&] { return x; }); }();
  co_await later(0);
  x += 100;
  co_return g_cbs.back()();
}
ASL_ASYNC asl::Task<int> reference_passed_inside() {
  int x = 3;
  [&x] { keep(x); }();
  co_await later(0);
  x += 100;
  co_return *g_p;
}
ASL_ASYNC asl::Task<int> generic_at_once() {
  int x = 4;
  [](auto &r) { keep(r); }(x);
  co_await later(0);
  x += 100;
  co_return *g_p;
}

int main() {
  run("member_call_inside", member_call_inside);
  run("nested_closure_inside", nested_closure_inside);
  run("reference_passed_inside", reference_passed_inside);
  run("generic_at_once", generic_at_once);
}
