// A local initialized from a factory whose named return value records its
// address (NRVO; Big is returned in memory), reached through the standard
// library: std::invoke, std::apply, a global std::function<Big(int)>.
// design.md pins a factory of the program's that may let the address go,
// and a call through a pointer or to a body the file does not have.
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

#include <tuple>
struct Big {
  int v;
  int pad[9];
};
static Big *g_big = nullptr;
// Not a direct store: g++ warns (-Wdangling-pointer) about one.
[[gnu::noinline]] static void note(Big *p) { g_big = p; }
static Big make_big(int v) {
  Big b{v, {}};
  note(&b);
  return b;
}
static std::function<Big(int)> g_maker = make_big;

ASL_ASYNC asl::Task<int> through_invoke() {
  Big b = std::invoke(make_big, 1);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> through_apply() {
  Big b = std::apply(make_big, std::tuple<int>(2));
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> through_std_function() {
  Big b = g_maker(3);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}

int main() {
  run("through_invoke", through_invoke);
  run("through_apply", through_apply);
  run("through_std_function", through_std_function);
}
