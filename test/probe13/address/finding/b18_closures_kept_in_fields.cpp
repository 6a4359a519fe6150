// Closures the machine keeps that are built by the lowering's lambda
// factory functions, with an init-capture whose constructor records
// `this`: a lambda called at once in a full-expression with a later
// await, a named coroutine lambda kept across an await, a closure whose
// capture is an aggregate with an NSDMI `self = this`.
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

struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;
struct Node {
  int v;
  const Node *self = this;
};

ASL_ASYNC asl::Task<int> called_at_once() {
  co_return [s = Sensor(1)] { return Sensor::last == &s ? 10 : 20; }() +
      co_await later(0);
}
ASL_ASYNC asl::Task<int> named_coroutine_lambda() {
  auto cl = [s = Sensor(2)]() -> asl::Task<int> {
    co_return Sensor::last == &s ? s.v : -s.v;
  };
  co_await later(0);
  co_return co_await cl();
}
ASL_ASYNC asl::Task<int> nsdmi_capture_called_later() {
  auto f = [n = Node{3}] { return n.self == &n ? n.v : -n.v; };
  int r = co_await later(0);
  co_return f() + r;
}

int main() {
  run("called_at_once", called_at_once);
  run("named_coroutine_lambda", named_coroutine_lambda);
  run("nsdmi_capture_called_later", nsdmi_capture_called_later);
}
