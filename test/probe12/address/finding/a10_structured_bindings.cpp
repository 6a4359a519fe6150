// Structured bindings whose hidden object the machine holds: of a
// std::array prvalue, bindings captured by reference in a lambda kept
// globally, a binding passed by reference in an expression with a later
// await, range-for bindings over a lifted array with a pointer kept, and
// the member call of a class-typed binding through an operator.
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

#include <array>
struct P {
  int x, y;
};
struct Slot {
  int v;
  Slot &operator+=(int k) { v += k; last = this; return *this; }
  static Slot *last;
};
Slot *Slot::last = nullptr;
struct Two {
  Slot a, b;
};
using A2 = int[2];
static int *gp = nullptr;
static std::function<int()> g_fn;
static int use(const int &r, int k) { return r * 10 + k; }

ASL_ASYNC asl::Task<int> std_array() {
  auto [a, b] = std::array<int, 2>{{5, 6}};
  gp = &a;
  co_await later(0);
  *gp += 100;
  co_return a + b;
}
ASL_ASYNC asl::Task<int> lambda_capture() {
  auto [x, y] = P{7, 8};
  g_fn = [&x] { return x; };
  co_await later(0);
  co_return g_fn() + y;
}
ASL_ASYNC asl::Task<int> spilled_reference() {
  auto [x, y] = P{1, 2};
  co_return use(y, co_await later(3)) + x;
}
ASL_ASYNC asl::Task<int> range_for_binding() {
  P ps[2] = {{1, 2}, {3, 4}};
  int s = 0;
  for (auto &[x, y] : ps) {
    gp = &y;
    s += x + co_await later(0);
  }
  co_return s + *gp;
}
ASL_ASYNC asl::Task<int> operator_on_binding() {
  auto [a, b] = Two{{1}, {2}};
  b += 5;
  co_await later(0);
  Slot::last->v += 100;
  co_return a.v + b.v;
}
ASL_ASYNC asl::Task<int> range_for_by_value_binding() {
  P ps[2] = {{1, 2}, {3, 4}};
  int s = 0;
  for (auto [x, y] : ps) {
    gp = &x;
    s += y + co_await later(0);
    s += *gp;
  }
  co_return s;
}

int main() {
  run("std_array", std_array);
  run("lambda_capture", lambda_capture);
  run("spilled_reference", spilled_reference);
  run("range_for_binding", range_for_binding);
  run("operator_on_binding", operator_on_binding);
  run("range_for_by_value_binding", range_for_by_value_binding);
}
