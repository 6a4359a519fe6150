// Address of a lifted local escaping through its own operator members
// (operator=, +=, [], ->, (), prefix ++, conversion operator), called
// before the first suspension; the pointer is used after resumption.
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

struct Reg {
  int v;
  Reg &operator=(int x) { v = x; last = this; return *this; }
  Reg &operator+=(int x) { v += x; last = this; return *this; }
  int &operator[](int) { return v; }
  Reg *operator->() { return this; }
  void operator()(int x) { v = x; last = this; }
  Reg &operator++() { ++v; last = this; return *this; }
  operator int *() { return &v; }
  static Reg *last;
};
Reg *Reg::last = nullptr;
static int *gp = nullptr;

ASL_ASYNC asl::Task<int> assign() {
  Reg r{1};
  r = 7;
  co_await later(0);
  Reg::last->v += 100;
  co_return r.v;
}
ASL_ASYNC asl::Task<int> compound() {
  Reg r{1};
  r += 7;
  co_await later(0);
  Reg::last->v += 100;
  co_return r.v;
}
ASL_ASYNC asl::Task<int> subscript() {
  Reg r{2};
  gp = &r[0];
  co_await later(0);
  *gp += 100;
  co_return r.v;
}
ASL_ASYNC asl::Task<int> arrow() {
  Reg r{3};
  Reg::last = r.operator->();
  co_await later(0);
  Reg::last->v += 100;
  co_return r.v;
}
ASL_ASYNC asl::Task<int> arrow_implicit() {
  Reg r{3};
  r->v = 4;
  Reg::last = nullptr;
  int *p = &r->v; // pointer through operator->
  gp = p;
  co_await later(0);
  *gp += 100;
  co_return r.v;
}
ASL_ASYNC asl::Task<int> call() {
  Reg r{1};
  r(5);
  co_await later(0);
  Reg::last->v += 100;
  co_return r.v;
}
ASL_ASYNC asl::Task<int> increment() {
  Reg r{1};
  ++r;
  co_await later(0);
  Reg::last->v += 100;
  co_return r.v;
}
ASL_ASYNC asl::Task<int> conversion() {
  Reg r{6};
  gp = r;
  co_await later(0);
  *gp += 100;
  co_return r.v;
}

int main() {
  run("assign", assign);
  run("compound", compound);
  run("subscript", subscript);
  run("arrow", arrow);
  run("arrow_implicit", arrow_implicit);
  run("call", call);
  run("increment", increment);
  run("conversion", conversion);
}
