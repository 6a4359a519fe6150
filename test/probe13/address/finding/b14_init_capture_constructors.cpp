// A named lambda kept in the machine whose init-capture by copy builds an
// object that records its address (a constructor taking `this`, an NSDMI
// `Node *self = this`), with a later await; the machine is built in its
// box, so only the closure's own construction matters. Shapes: `[s =
// Sensor(1)]`, `[s{Sensor(2)}]`, an NSDMI aggregate, two captures, a
// closure larger than 16 bytes, and a coroutine lambda's body.
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
  Node *self = this;
};
struct Pad {
  int a[8];
};

ASL_ASYNC asl::Task<int> equals_init() {
  auto f = [s = Sensor(1)] { return s.v; };
  co_await later(0);
  Sensor::last->v += 100;
  co_return f();
}
ASL_ASYNC asl::Task<int> brace_init() {
  auto f = [s{Sensor(2)}] { return s.v; };
  co_await later(0);
  Sensor::last->v += 100;
  co_return f();
}
ASL_ASYNC asl::Task<int> nsdmi_self() {
  auto f = [n = Node{3}] { return n.self == &n ? n.v : -n.v; };
  co_await later(0);
  co_return f();
}
ASL_ASYNC asl::Task<int> two_captures() {
  int k = 40;
  auto f = [s = Sensor(4), k] { return s.v + k; };
  co_await later(0);
  Sensor::last->v += 100;
  co_return f();
}
ASL_ASYNC asl::Task<int> large_closure() {
  auto f = [s = Sensor(5), p = Pad{}] { return s.v + p.a[0]; };
  co_await later(0);
  Sensor::last->v += 100;
  co_return f();
}
static asl::Task<int> in_coroutine_lambda() {
  static auto l = []() -> asl::Task<int> {
    auto f = [s = Sensor(6)] { return s.v; };
    co_await later(0);
    Sensor::last->v += 100;
    co_return f();
  };
  return l();
}

int main() {
  run("equals_init", equals_init);
  run("brace_init", brace_init);
  run("nsdmi_self", nsdmi_self);
  run("two_captures", two_captures);
  run("large_closure", large_closure);
  run("in_coroutine_lambda", in_coroutine_lambda);
}
