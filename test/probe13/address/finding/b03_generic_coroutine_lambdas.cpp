// Generic coroutine lambdas whose local of a type deduced from `auto`
// lets its address go through dependent expressions: a member call, an
// ADL call, a constructor of a dependent type that records `this`.
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

namespace reg {
struct Slot {
  int v;
  void publish() { last = this; }
  static Slot *last;
};
Slot *Slot::last = nullptr;
inline void enlist(Slot &s) { Slot::last = &s; }
struct Sensor {
  int v;
  explicit Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;
} // namespace reg
using reg::Sensor;
using reg::Slot;

static asl::Task<int> generic_member_call() {
  static auto l = [](auto tag) -> asl::Task<int> {
    decltype(tag) t{1};
    t.publish();
    co_await later(0);
    decltype(tag)::last->v += 100;
    co_return t.v;
  };
  return l(Slot{0});
}
static asl::Task<int> generic_adl_call() {
  static auto l = [](auto tag) -> asl::Task<int> {
    decltype(tag) t{2};
    enlist(t);
    co_await later(0);
    decltype(tag)::last->v += 100;
    co_return t.v;
  };
  return l(Slot{0});
}
static asl::Task<int> generic_constructor() {
  static auto l = [](auto tag) -> asl::Task<int> {
    decltype(tag) t{3};
    co_await later(0);
    decltype(tag)::last->v += 100;
    co_return t.v;
  };
  return l(Sensor{0});
}
template <class T> ASL_ASYNC asl::Task<int> template_constructor() {
  T t{4};
  co_await later(0);
  T::last->v += 100;
  co_return t.v;
}

int main() {
  run("generic_member_call", generic_member_call);
  run("generic_adl_call", generic_adl_call);
  run("generic_constructor", generic_constructor);
  run("template_constructor", template_constructor<Sensor>);
}
