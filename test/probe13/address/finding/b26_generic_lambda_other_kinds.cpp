// Generic coroutine lambdas with the escape kinds that pin in ordinary
// async functions (not constructors, see b13): an awaiter whose
// await_ready() records its address, a lambda expression capturing a
// local by reference kept in a global, an at-once awaiter's pointer result
// saved across a later await, a kept temporary's member array decayed.
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

static const int *g_v = nullptr;
static std::function<int()> g_fn;
struct Aw {
  int v;
  bool await_ready() noexcept {
    g_v = &v;
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return *g_v; }
};
struct Ready {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  const int *await_resume() const { return &v; }
};
struct Arr {
  int a[3];
};
static int first(const int *p, int k) { return *p * 1000 + k; }

static asl::Task<int> await_ready_records() {
  static auto l = [](auto k) -> asl::Task<int> {
    int r = co_await Aw{static_cast<int>(k)};
    co_return r;
  };
  return l(1);
}
static asl::Task<int> capture_by_reference() {
  static auto l = [](auto k) -> asl::Task<int> {
    int x = static_cast<int>(k);
    g_fn = [&x] { return x; };
    co_await later(0);
    x += 100;
    co_return g_fn();
  };
  return l(2);
}
static asl::Task<int> ready_pointer_result() {
  static auto l = [](auto k) -> asl::Task<int> {
    co_return first(co_await Ready{static_cast<int>(k)}, co_await later(3));
  };
  return l(3);
}
static asl::Task<int> temporary_array_decay() {
  static auto l = [](auto k) -> asl::Task<int> {
    int v = static_cast<int>(k);
    co_return first(Arr{{v, 5, 6}}.a, co_await later(4));
  };
  return l(4);
}

int main() {
  run("await_ready_records", await_ready_records);
  run("capture_by_reference", capture_by_reference);
  run("ready_pointer_result", ready_pointer_result);
  run("temporary_array_decay", temporary_array_decay);
}
