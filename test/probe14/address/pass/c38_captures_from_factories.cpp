// Init-captures initialized by NRVO factories reached in ways c03 found
// unpinned, in closures the machine keeps: a named lambda capturing
// `std::invoke(make_big, 1)`, a named coroutine lambda inside the async
// function capturing `make_big(2)` (kept across an await, its task
// started after it), a named lambda capturing `make_big(3)` (pinned in
// c05; control).
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
};
static Big *g_big = nullptr;
[[gnu::noinline]] static void note(Big *p) { g_big = p; }
static Big make_big(int v) {
  Big b{v, {}};
  note(&b);
  return b;
}

ASL_ASYNC asl::Task<int> invoke_capture() {
  auto f = [b = std::invoke(make_big, 1)] { return b.v; };
  co_await later(0);
  co_return g_big->v * 1000 + f();
}
ASL_ASYNC asl::Task<int> coroutine_lambda_capture() {
  auto f = [b = make_big(2)]() -> asl::Task<int> { co_return b.v; };
  co_await later(0);
  int r = co_await f();
  co_return g_big->v * 1000 + r;
}
ASL_ASYNC asl::Task<int> plain_capture() {
  auto f = [b = make_big(3)] { return b.v; };
  co_await later(0);
  co_return g_big->v * 1000 + f();
}

int main() {
  run("invoke_capture", invoke_capture);
  run("coroutine_lambda_capture", coroutine_lambda_capture);
  run("plain_capture", plain_capture);
}
