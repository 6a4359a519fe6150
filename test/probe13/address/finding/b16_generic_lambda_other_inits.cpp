// Generic coroutine lambdas holding a local of a class named directly
// whose constructor records `this`, initialized with parentheses and by
// copy-initialization (b15's braced form does not compile); control: the
// same local in a coroutine lambda that is not generic.
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

static asl::Task<int> parenthesized() {
  static auto l = [](auto k) -> asl::Task<int> {
    Sensor s(static_cast<int>(k));
    co_await later(0);
    Sensor::last->v += 100;
    co_return s.v;
  };
  return l(1);
}
static asl::Task<int> copy_init() {
  static auto l = [](auto k) -> asl::Task<int> {
    Sensor s = static_cast<int>(k);
    co_await later(0);
    Sensor::last->v += 100;
    co_return s.v;
  };
  return l(2);
}
static asl::Task<int> not_generic() {
  static auto l = [](int k) -> asl::Task<int> {
    Sensor s{k};
    co_await later(0);
    Sensor::last->v += 100;
    co_return s.v;
  };
  return l(3);
}

int main() {
  run("parenthesized", parenthesized);
  run("copy_init", copy_init);
  run("not_generic", not_generic);
}
