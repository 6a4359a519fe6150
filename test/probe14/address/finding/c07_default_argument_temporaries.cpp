// Temporaries made by default arguments (no constructor of the
// program's, so no class pin) whose address leaves: an awaited async
// function taking `const Pt &` defaulted to `Pt{5}` that reads it after
// its own suspension; a plain function returning the reference, read
// after a later await of the same full-expression; a function keeping the
// address in a global, read after a later await of the full-expression.
// Controls: the same temporaries written as arguments.
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

struct Pt {
  int v;
};
static const Pt *g_pt = nullptr;
ASL_ASYNC asl::Task<int> child(const Pt &p = Pt{5}) {
  co_await later(0);
  co_return p.v + 100;
}
static const Pt &pass(const Pt &p = Pt{6}) { return p; }
static int keep(const Pt &p = Pt{7}) {
  g_pt = &p;
  return p.v;
}
static int show(int a, int b) { return g_pt->v * 1000 + a + b; }
static int read(const Pt &p, int b) { return p.v * 1000 + b; }

ASL_ASYNC asl::Task<int> awaited_default_reference() {
  int r = co_await child();
  co_return r;
}
ASL_ASYNC asl::Task<int> returned_default_reference() {
  co_return read(pass(), co_await later(1));
}
ASL_ASYNC asl::Task<int> kept_default_reference() {
  co_return show(keep(), co_await later(1));
}
ASL_ASYNC asl::Task<int> awaited_explicit_reference() {
  int r = co_await child(Pt{5});
  co_return r;
}
ASL_ASYNC asl::Task<int> kept_explicit_reference() {
  co_return show(keep(Pt{7}), co_await later(1));
}

int main() {
  run("awaited_default_reference", awaited_default_reference);
  run("returned_default_reference", returned_default_reference);
  run("kept_default_reference", kept_default_reference);
  run("awaited_explicit_reference", awaited_explicit_reference);
  run("kept_explicit_reference", kept_explicit_reference);
}
