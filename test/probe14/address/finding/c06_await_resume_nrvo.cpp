// An at-once awaiter (await_ready() true) whose await_resume() returns a
// Big by NRVO after recording the named return value's address: the
// local initialized from the await is that object. A later await is the
// machine's first suspension. Also: a task awaited at once returning Big
// (control: the result is copied out of the task).
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
// Not a direct store: g++ warns (-Wdangling-pointer) about one.
[[gnu::noinline]] static void note(Big *p) { g_big = p; }
struct BigReady {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  Big await_resume() const {
    Big b{v, {}};
    note(&b);
    return b;
  }
};
ASL_ASYNC asl::Task<Big> big_now(int v) { co_return Big{v, {}}; }

ASL_ASYNC asl::Task<int> await_resume_nrvo() {
  Big b = co_await BigReady{1};
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> await_resume_nrvo_auto() {
  auto b = co_await BigReady{2};
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> task_result_control() {
  Big b = co_await big_now(3);
  note(&b);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}

int main() {
  run("await_resume_nrvo", await_resume_nrvo);
  run("await_resume_nrvo_auto", await_resume_nrvo_auto);
  run("task_result_control", task_result_control);
}
