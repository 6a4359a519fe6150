// Awaiters (temporaries, trivially copyable, plain await_ready) whose
// await_suspend records `this` (the first suspension, where the machine
// moves): suspending, returning false after recording (no suspension),
// resuming at once inside await_suspend, and one whose await_suspend
// records the address of a lifted local it was given a pointer to.
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

struct Op;
static Op *g_op = nullptr;
struct Op {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_op = this;
    resumers.push_back([h] {
      g_op->v += 100;
      h.resume();
    });
  }
  int await_resume() const noexcept { return v; }
};
struct NoSuspend {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H) {
    g_aw = this;
    return false;
  }
  int await_resume() const noexcept { return g_aw->v + 1000; }
  static NoSuspend *g_aw;
};
NoSuspend *NoSuspend::g_aw = nullptr;
struct Inline {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_in = this;
    h.resume();
  }
  int await_resume() const noexcept { return g_in->v + 2000; }
  static Inline *g_in;
};
Inline *Inline::g_in = nullptr;
struct Bump {
  int *target;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    int *t = target;
    resumers.push_back([h, t] {
      *t += 100;
      h.resume();
    });
  }
  void await_resume() const noexcept {}
};

ASL_ASYNC asl::Task<int> suspending() { co_return co_await Op{1}; }
ASL_ASYNC asl::Task<int> false_from_suspend() {
  int a = co_await NoSuspend{2};
  int b = co_await later(3);
  co_return a + b;
}
ASL_ASYNC asl::Task<int> inline_resume() {
  int a = co_await Inline{4};
  int b = co_await later(5);
  co_return a + b;
}
ASL_ASYNC asl::Task<int> pointer_to_local() {
  int x = 6;
  co_await Bump{&x};
  co_return x;
}

int main() {
  run("suspending", suspending);
  run("false_from_suspend", false_from_suspend);
  run("inline_resume", inline_resume);
  run("pointer_to_local", pointer_to_local);
}
