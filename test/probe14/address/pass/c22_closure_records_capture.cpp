// Named lambdas kept across an await whose call records the address of a
// capture by copy (the closure is trivially copyable): a mutable lambda
// storing `&s` in a global, one passing its capture by reference, one
// calling a recording member on its capture, one invoked through
// std::invoke.
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

static const int *g_p = nullptr;
static void keep(const int &r) { g_p = &r; }
struct Node {
  int v;
  void publish() const { last = this; }
  static const Node *last;
};
const Node *Node::last = nullptr;

ASL_ASYNC asl::Task<int> capture_address() {
  int s = 1;
  auto f = [s]() mutable {
    g_p = &s;
    return s;
  };
  f();
  co_await later(0);
  co_return *g_p + 100;
}
ASL_ASYNC asl::Task<int> capture_by_reference() {
  int s = 2;
  auto f = [s] { keep(s); };
  f();
  co_await later(0);
  co_return *g_p + 100;
}
ASL_ASYNC asl::Task<int> capture_member_call() {
  Node n{3};
  auto f = [n] { n.publish(); };
  f();
  co_await later(0);
  co_return Node::last->v + 100;
}
ASL_ASYNC asl::Task<int> invoked_by_library() {
  int s = 4;
  auto f = [s] { keep(s); };
  std::invoke(f);
  co_await later(0);
  co_return *g_p + 100;
}

int main() {
  run("capture_address", capture_address);
  run("capture_by_reference", capture_by_reference);
  run("capture_member_call", capture_member_call);
  run("invoked_by_library", invoked_by_library);
}
