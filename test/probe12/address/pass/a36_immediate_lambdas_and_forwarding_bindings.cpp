// A lambda expression called at once before an await of the same
// full-expression, returning a reference or a pointer to a lifted local it
// captures by reference (the saved result points into the machine); and
// bindings of `auto &&[a, b] = P{...}` (the hidden reference extends a
// temporary the machine keeps) whose addresses escape.
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

struct P {
  int x, y;
};
static int use(const int &r, int k) { return r * 10 + k; }
static int usep(const int *p, int k) { return *p * 10 + k; }
static const int *gp = nullptr;

ASL_ASYNC asl::Task<int> reference_result() {
  int x = 4;
  co_return use([&]() -> const int & { return x; }(), co_await later(1));
}
ASL_ASYNC asl::Task<int> pointer_result() {
  int x = 5;
  co_return usep([&x] { return &x; }(), co_await later(2));
}
ASL_ASYNC asl::Task<int> forwarding_binding_address() {
  auto &&[a, b] = P{6, 7};
  gp = &b;
  co_await later(0);
  co_return *gp * 10 + a;
}
ASL_ASYNC asl::Task<int> const_binding_spilled() {
  const auto &[a, b] = P{8, 9};
  co_return use(b, co_await later(3)) + a;
}

int main() {
  run("reference_result", reference_result);
  run("pointer_result", pointer_result);
  run("forwarding_binding_address", forwarding_binding_address);
  run("const_binding_spilled", const_binding_spilled);
}
