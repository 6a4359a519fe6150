// A constant usable in constant expressions is not lifted; its
// declaration gets `static` (design.md, "Which locals are lifted"). Its
// address then is the same in every call: two calls alive at once, each
// keeping `&k`, compare equal lowered and differ natively. Also a
// `constexpr` array whose element address is kept, and a control: a
// non-constant `const int` (lifted, distinct per call).
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

static const int *g_first = nullptr;
static const int *g_second = nullptr;
static void keep(const int &r) {
  (g_first ? g_second : g_first) = &r;
}
static void reset() { g_first = g_second = nullptr; }

ASL_ASYNC asl::Task<int> const_int() {
  const int k = 2;
  keep(k);
  co_await later(0);
  co_return k;
}
ASL_ASYNC asl::Task<int> constexpr_array() {
  constexpr int ks[2] = {3, 4};
  keep(ks[1]);
  co_await later(0);
  co_return ks[0];
}
static int seed = 5;
ASL_ASYNC asl::Task<int> runtime_const() {
  const int k = seed;
  keep(k);
  co_await later(0);
  co_return k;
}

static void twice(const char *name, asl::Task<int> (*make)()) {
  reset();
  asl::Task<int> a = make();
  asl::Task<int> b = make();
  pump();
  int ra = asl::sync_wait(std::move(a));
  int rb = asl::sync_wait(std::move(b));
  std::printf("%s %d %d distinct=%d\n", name, ra, rb,
              g_first != g_second);
}

int main() {
  (void)run; // the prologue's; unused here
  twice("const_int", const_int);
  twice("constexpr_array", constexpr_array);
  twice("runtime_const", runtime_const);
}
