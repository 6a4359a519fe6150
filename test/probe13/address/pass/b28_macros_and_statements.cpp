// Escapes spelled through macros (the address-taking `&` inside a macro
// body, a member call in a macro argument, a capture in a macro), and in
// statement positions: a goto back over the escape, a switch case, a
// loop whose first iterations complete without suspending.
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

static int *g_p = nullptr;
static std::function<int()> g_fn;
struct Slot {
  int v;
  void publish() { g_p = &v; }
};
#define KEEP(x) (g_p = &(x))
#define CALL(obj, m) (obj).m()
#define CAPTURE(x) [&] { return x; }
#define KEEP_SELF(x) g_p = std::addressof(x)

ASL_ASYNC asl::Task<int> macro_address() {
  int x = 1;
  KEEP(x);
  co_await later(0);
  *g_p += 100;
  co_return x;
}
ASL_ASYNC asl::Task<int> macro_member_call() {
  Slot s{2};
  CALL(s, publish);
  co_await later(0);
  *g_p += 100;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> macro_capture() {
  int x = 3;
  g_fn = CAPTURE(x);
  co_await later(0);
  x += 100;
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> macro_addressof() {
  int x = 4;
  KEEP_SELF(x);
  co_await later(0);
  *g_p += 100;
  co_return x;
}
ASL_ASYNC asl::Task<int> loop_suspends_late() {
  int x = 5;
  for (int i = 0; i < 3; ++i) {
    if (i == 0)
      g_p = &x;
    co_await later(i);
  }
  *g_p += 100;
  co_return x;
}
ASL_ASYNC asl::Task<int> switch_case() {
  int x = 6;
  switch (x) {
  case 6:
    g_p = &x;
    break;
  default:
    break;
  }
  co_await later(0);
  *g_p += 100;
  co_return x;
}

int main() {
  run("macro_address", macro_address);
  run("macro_member_call", macro_member_call);
  run("macro_capture", macro_capture);
  run("macro_addressof", macro_addressof);
  run("loop_suspends_late", loop_suspends_late);
  run("switch_case", switch_case);
}
