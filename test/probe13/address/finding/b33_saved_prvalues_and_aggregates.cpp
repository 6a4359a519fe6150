// Objects whose constructor records `this`, built before an await of the
// same full-expression that is the machine's first suspension: an
// aggregate local built member by member around the await, a
// conditional's class prvalue bound to a const reference, a by-value
// argument of a class returned in memory (40 bytes) saved before the
// await, a std::optional emplaced through an awaited argument.
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

#include <optional>
struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;
struct Agg {
  Sensor s;
  int k;
};
struct BigSensor {
  int v;
  int pad[9];
  BigSensor(int x) : v(x), pad{} { last = this; }
  static BigSensor *last;
};
BigSensor *BigSensor::last = nullptr;
static int by_value(BigSensor b, int k) {
  return (BigSensor::last == &b ? b.v : -b.v) * 1000 + k;
}
static int by_ref(const Sensor &s, int k) { return Sensor::last->v + s.v * k; }

ASL_ASYNC asl::Task<int> aggregate_around_await() {
  Agg a{Sensor(1), co_await later(10)};
  Sensor::last->v += 100;
  co_return a.s.v + a.k;
}
ASL_ASYNC asl::Task<int> conditional_prvalue() {
  bool big = true;
  co_return by_ref(big ? Sensor(2) : Sensor(3), co_await later(1000));
}
ASL_ASYNC asl::Task<int> by_value_argument() {
  co_return by_value(BigSensor(4), co_await later(4));
}
ASL_ASYNC asl::Task<int> optional_emplace_await() {
  std::optional<Sensor> o;
  o.emplace(co_await later(5));
  Sensor::last->v += 100;
  co_return o->v;
}

int main() {
  run("aggregate_around_await", aggregate_around_await);
  run("conditional_prvalue", conditional_prvalue);
  run("by_value_argument", by_value_argument);
  run("optional_emplace_await", optional_emplace_await);
}
