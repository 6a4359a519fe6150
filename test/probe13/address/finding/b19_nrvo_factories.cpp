// Objects built by a factory that returns by value and records the
// object's address before returning it: a named return value (NRVO; not
// guaranteed by the language, done by clang and g++ for a class returned
// in memory, here 40 bytes; also after a member call recording `this`)
// and a returned prvalue of a class whose
// constructor records `this` (guaranteed elision). The object is a lifted
// local; the machine would start on the stack.
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

struct Big {
  int v;
  int pad[9];
  void enlist();
};
static const Big *g_big = nullptr;
void Big::enlist() { g_big = this; }
static Big make_enlisted(int v) {
  Big b{v, {}};
  b.enlist();
  return b;
}
static Big make_named(int v) {
  Big b{v, {}};
  g_big = &b;
  return b;
}
struct BigSensor {
  int v;
  int pad[9];
  explicit BigSensor(int x) : v(x), pad{} { last = this; }
  static BigSensor *last;
};
BigSensor *BigSensor::last = nullptr;
static BigSensor make_sensor(int v) { return BigSensor(v); }

ASL_ASYNC asl::Task<int> named_return_value() {
  Big b = make_named(1);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> named_return_member_call() {
  Big b = make_enlisted(2);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> returned_prvalue() {
  BigSensor s = make_sensor(3);
  co_await later(0);
  s.v += 100;
  co_return BigSensor::last->v;
}

int main() {
  run("named_return_value", named_return_value);
  run("named_return_member_call", named_return_member_call);
  run("returned_prvalue", returned_prvalue);
}
