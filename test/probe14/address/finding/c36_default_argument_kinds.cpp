// More default arguments making temporaries that outlive a suspension
// (c07's finding, other kinds): a scalar default `const int &r = 5` of an
// awaited async function, a braced default `const Pt &p = {6}`, a
// default from a call `const Pt &p = make_pt(7)`, and a plain function
// whose pointer into its default argument is saved across a later await
// of the same full-expression.
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
static Pt make_pt(int v) { return Pt{v}; }
ASL_ASYNC asl::Task<int> read_int(const int &r = 5) {
  co_await later(0);
  co_return r + 100;
}
ASL_ASYNC asl::Task<int> read_braced(const Pt &p = {6}) {
  co_await later(0);
  co_return p.v + 100;
}
ASL_ASYNC asl::Task<int> read_made(const Pt &p = make_pt(7)) {
  co_await later(0);
  co_return p.v + 100;
}
static const int *addr(const Pt &p = Pt{8}) { return &p.v; }
static int show(const int *p, int b) { return *p * 1000 + b; }

ASL_ASYNC asl::Task<int> scalar_default() {
  int r = co_await read_int();
  co_return r;
}
ASL_ASYNC asl::Task<int> braced_default() {
  int r = co_await read_braced();
  co_return r;
}
ASL_ASYNC asl::Task<int> call_default() {
  int r = co_await read_made();
  co_return r;
}
ASL_ASYNC asl::Task<int> pointer_into_default() {
  co_return show(addr(), co_await later(1));
}

int main() {
  run("scalar_default", scalar_default);
  run("braced_default", braced_default);
  run("call_default", call_default);
  run("pointer_into_default", pointer_into_default);
}
