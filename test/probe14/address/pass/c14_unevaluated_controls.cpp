// Controls: names in operands that are not evaluated must not pin (the
// machine may start on the stack), and the output must match: sizeof of
// `&x`, decltype(&x) naming a pointer type, noexcept of a keeping call,
// alignof of decltype(x), a typedef of decltype(keep(x)). `grep
// relocatable` in the lowering shows whether each is pinned.
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

static const int *g_p = nullptr;
int keep(const int &r); // external: only named unevaluated
int keep(const int &r) {
  g_p = &r;
  return r;
}

ASL_ASYNC asl::Task<int> sizeof_address() {
  int x = 1;
  int n = static_cast<int>(sizeof(&x));
  co_await later(0);
  co_return x + n;
}
ASL_ASYNC asl::Task<int> decltype_address() {
  int x = 2;
  decltype(&x) p = nullptr;
  co_await later(0);
  co_return x + (p == nullptr);
}
ASL_ASYNC asl::Task<int> noexcept_call() {
  int x = 3;
  bool b = noexcept(keep(x));
  co_await later(0);
  co_return x + b;
}
ASL_ASYNC asl::Task<int> alignof_type() {
  int x = 4;
  int a = static_cast<int>(alignof(decltype(x)));
  co_await later(0);
  co_return x + a;
}
ASL_ASYNC asl::Task<int> typedef_of_call() {
  int x = 5;
  using R = decltype(keep(x));
  R r = 10;
  co_await later(0);
  co_return x + r + (g_p == nullptr);
}

int main() {
  run("sizeof_address", sizeof_address);
  run("decltype_address", decltype_address);
  run("noexcept_call", noexcept_call);
  run("alignof_type", alignof_type);
  run("typedef_of_call", typedef_of_call);
}
