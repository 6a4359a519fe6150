// Arrays of objects whose constructor records `this`: a C array from a
// braced list, a 2-D array, an array of aggregates holding one, nested
// std::array, an array default-initialized by a default constructor.
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
  Sensor() : v(9) { last = this; }
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;
struct Agg {
  int k;
  Sensor s;
};

ASL_ASYNC asl::Task<int> c_array() {
  Sensor a[2] = {Sensor(1), Sensor(2)};
  co_await later(0);
  Sensor::last->v += 100;
  co_return a[0].v * 1000 + a[1].v;
}
ASL_ASYNC asl::Task<int> two_dimensional() {
  Sensor g[2][2] = {{1, 2}, {3, 4}};
  co_await later(0);
  Sensor::last->v += 100;
  co_return g[1][1].v;
}
ASL_ASYNC asl::Task<int> array_of_aggregates() {
  Agg a[2] = {{1, Sensor(5)}, {2, Sensor(6)}};
  co_await later(0);
  Sensor::last->v += 100;
  co_return a[1].s.v + a[0].k;
}
ASL_ASYNC asl::Task<int> nested_std_array() {
  std::array<std::array<Sensor, 1>, 2> a{{{{Sensor(7)}}, {{Sensor(8)}}}};
  co_await later(0);
  Sensor::last->v += 100;
  co_return a[1][0].v;
}
ASL_ASYNC asl::Task<int> default_constructed() {
  Sensor a[3];
  co_await later(0);
  Sensor::last->v += 100;
  co_return a[2].v;
}

int main() {
  run("c_array", c_array);
  run("two_dimensional", two_dimensional);
  run("array_of_aggregates", array_of_aggregates);
  run("nested_std_array", nested_std_array);
  run("default_constructed", default_constructed);
}
