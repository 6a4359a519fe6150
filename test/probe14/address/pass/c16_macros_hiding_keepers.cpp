// Escapes spelled in macros: a macro registering a `[&]` closure into a
// global vector (a library call that returns nothing), a macro taking
// the address through `std::addressof` inside a call, a macro declaring a
// static reference, a macro whose argument is the lifted name used in a
// member call recording `this`.
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

#include <memory>
#include <vector>
static std::vector<std::function<int()>> g_cbs;
static const int *g_p = nullptr;
static void keep_ptr(const int *p) { g_p = p; }
struct Node {
  int v;
  void publish() const { last = this; }
  static const Node *last;
};
const Node *Node::last = nullptr;
#define ON_EVENT(expr) g_cbs.push_back([&] { return expr; })
#define KEEP(x) keep_ptr(std::addressof(x))
#define PUBLISH(n) (n).publish()

ASL_ASYNC asl::Task<int> macro_closure() {
  int x = 1;
  ON_EVENT(x);
  co_await later(0);
  x += 100;
  co_return g_cbs.back()();
}
ASL_ASYNC asl::Task<int> macro_addressof() {
  int x = 2;
  KEEP(x);
  co_await later(0);
  x += 100;
  co_return *g_p;
}
ASL_ASYNC asl::Task<int> macro_member_call() {
  Node n{3};
  PUBLISH(n);
  co_await later(0);
  n.v += 100;
  co_return Node::last->v;
}

int main() {
  run("macro_closure", macro_closure);
  run("macro_addressof", macro_addressof);
  run("macro_member_call", macro_member_call);
}
