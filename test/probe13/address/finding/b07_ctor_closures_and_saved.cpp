// Objects the machine holds that are not named locals, of a class whose
// constructor records `this`: a named lambda's init-capture by copy, a
// temporary bound to a reference parameter and saved before a later await
// of the same full-expression, a braced list argument's backing array.
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

#include <initializer_list>
struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;
static int show(const Sensor &s, int k) { return Sensor::last->v + s.v * k; }
static int sum(std::initializer_list<Sensor> il, int k) {
  return Sensor::last->v + il.begin()->v * k;
}

ASL_ASYNC asl::Task<int> init_capture_copy() {
  auto f = [s = Sensor(1)] { return s.v; };
  co_await later(0);
  Sensor::last->v += 100;
  co_return f();
}
ASL_ASYNC asl::Task<int> saved_reference_argument() {
  co_return show(Sensor(2), co_await later(1000));
}
ASL_ASYNC asl::Task<int> list_argument() {
  co_return sum({Sensor(3), Sensor(4)}, co_await later(1000));
}

int main() {
  run("init_capture_copy", init_capture_copy);
  run("saved_reference_argument", saved_reference_argument);
  run("list_argument", list_argument);
}
