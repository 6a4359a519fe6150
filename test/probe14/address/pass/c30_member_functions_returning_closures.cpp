// Member functions of a lifted trivially copyable local that hand out a
// closure capturing `this`: kept in a global std::function, kept in a
// lifted `auto` local (the closure is trivially copyable), pushed into a
// global vector by a member template, returned by a const member through
// a generic lambda.
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
static std::function<int()> g_fn;
static std::vector<std::function<int()>> g_cbs;
struct Node {
  int v;
  auto getter() {
    return [this] { return v; };
  }
  template <class C> void subscribe(C &c) {
    c.push_back([this] { return v; });
  }
  auto reader() const {
    return [this](auto k) { return v + k; };
  }
};

ASL_ASYNC asl::Task<int> getter_to_global() {
  Node n{1};
  g_fn = n.getter();
  co_await later(0);
  n.v += 100;
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> getter_to_local() {
  Node n{2};
  auto f = n.getter();
  co_await later(0);
  n.v += 100;
  co_return f();
}
ASL_ASYNC asl::Task<int> member_template_subscribe() {
  Node n{3};
  n.subscribe(g_cbs);
  co_await later(0);
  n.v += 100;
  co_return g_cbs.back()();
}
ASL_ASYNC asl::Task<int> generic_reader() {
  Node n{4};
  auto r = n.reader();
  co_await later(0);
  n.v += 100;
  co_return r(0);
}

int main() {
  run("getter_to_global", getter_to_global);
  run("getter_to_local", getter_to_local);
  run("member_template_subscribe", member_template_subscribe);
  run("generic_reader", generic_reader);
}
