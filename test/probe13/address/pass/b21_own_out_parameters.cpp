// The async function's own by-reference and pointer parameters receive
// the address of one of its locals before the first suspension: `int *&`,
// `int **`, a registry class taking a pointer, a reference to a
// std::function given a named lambda, a reference to a reference_wrapper,
// a reference to a pointer set through a member function's `this`.
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

struct Slot {
  int v;
  Slot *self() { return this; }
};
struct Registry {
  int *p = nullptr;
  void add(int *q) { p = q; }
};

ASL_ASYNC asl::Task<int> ref_to_pointer(int *&out) {
  int x = 1;
  out = &x;
  co_await later(0);
  *out += 100;
  co_return x;
}
ASL_ASYNC asl::Task<int> pointer_to_pointer(int **out) {
  int x = 2;
  *out = &x;
  co_await later(0);
  **out += 100;
  co_return x;
}
ASL_ASYNC asl::Task<int> registry(Registry &r) {
  int x = 3;
  r.add(&x);
  co_await later(0);
  *r.p += 100;
  co_return x;
}
ASL_ASYNC asl::Task<int> function_out(std::function<int()> &out) {
  int x = 4;
  auto f = [&x] { return x; };
  out = f;
  co_await later(0);
  x += 100;
  co_return out();
}
ASL_ASYNC asl::Task<int> wrapper_out(std::reference_wrapper<int> &out) {
  int x = 5;
  out = x;
  co_await later(0);
  out.get() += 100;
  co_return x;
}
ASL_ASYNC asl::Task<int> self_out(Slot *&out) {
  Slot s{6};
  out = s.self();
  co_await later(0);
  out->v += 100;
  co_return s.v;
}

static int *g_p = nullptr;
static int *g_pp = nullptr;
static Registry g_reg;
static std::function<int()> g_f;
static int g_dummy = 0;
static std::reference_wrapper<int> g_w = g_dummy;
static Slot *g_s = nullptr;
static asl::Task<int> c1() { return ref_to_pointer(g_p); }
static asl::Task<int> c2() { return pointer_to_pointer(&g_pp); }
static asl::Task<int> c3() { return registry(g_reg); }
static asl::Task<int> c4() { return function_out(g_f); }
static asl::Task<int> c5() { return wrapper_out(g_w); }
static asl::Task<int> c6() { return self_out(g_s); }

int main() {
  run("ref_to_pointer", c1);
  run("pointer_to_pointer", c2);
  run("registry", c3);
  run("function_out", c4);
  run("wrapper_out", c5);
  run("self_out", c6);
}
