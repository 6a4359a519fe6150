// `T x = e;` where T has an explicit constructor that could take e: the
// lowering writes `T(asl::copy_init<T>(e))`, a function returning T. A
// T whose (non-explicit) constructor records `this` is then built inside
// that function; natively it is built in place. Shapes: a lifted local, a
// range-for variable, a temporary extended by a const reference, an
// if-condition variable.
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
struct Sensor {
  int v;
  explicit Sensor(long x) : v(static_cast<int>(x)) {}
  Sensor(int x) : v(x) { last = this; }
  explicit operator bool() const { return v != 0; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;

ASL_ASYNC asl::Task<int> lifted_local() {
  Sensor s = 1;
  co_await later(0);
  co_return Sensor::last == &s ? s.v : -s.v;
}
ASL_ASYNC asl::Task<int> range_for_variable() {
  int sum = 0;
  std::array<int, 2> a{{2, 3}};
  for (Sensor s : a) {
    co_await later(0);
    sum = sum * 10 + (Sensor::last == &s ? s.v : -s.v);
  }
  co_return sum;
}
ASL_ASYNC asl::Task<int> extended_temporary() {
  const Sensor &s = 4;
  co_await later(0);
  co_return Sensor::last == &s ? s.v : -s.v;
}
ASL_ASYNC asl::Task<int> condition_variable() {
  if (Sensor s = 5) {
    co_await later(0);
    co_return Sensor::last == &s ? s.v : -s.v;
  }
  co_return 0;
}

int main() {
  run("lifted_local", lifted_local);
  run("range_for_variable", range_for_variable);
  run("extended_temporary", extended_temporary);
  run("condition_variable", condition_variable);
}
