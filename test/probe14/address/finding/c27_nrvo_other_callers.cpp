// NRVO factories reached in other ways: a virtual member function, a
// pointer to member function, std::visit of a visitor returning Big, a
// std::bind object, std::mem_fn. design.md pins a call through a pointer.
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

#include <variant>
struct Big {
  int v;
  int pad[9];
};
static Big *g_big = nullptr;
[[gnu::noinline]] static void note(Big *p) { g_big = p; }
struct Factory {
  virtual ~Factory() = default;
  virtual Big make(int v) const {
    Big b{v, {}};
    note(&b);
    return b;
  }
};
static Factory g_factory;
static const Factory *g_fp = &g_factory;
struct Visitor {
  Big operator()(int v) const {
    Big b{v, {}};
    note(&b);
    return b;
  }
};
static std::variant<int> g_var{3};
static Big make_big(int v) {
  Big b{v, {}};
  note(&b);
  return b;
}

ASL_ASYNC asl::Task<int> virtual_factory() {
  Big b = g_fp->make(1);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> member_pointer_factory() {
  Big (Factory::*pm)(int) const = &Factory::make;
  Big b = (g_factory.*pm)(2);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> visit_factory() {
  Big b = std::visit(Visitor{}, g_var);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> bind_factory() {
  Big b = std::bind(make_big, 4)();
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> mem_fn_factory() {
  Big b = std::mem_fn(&Factory::make)(g_factory, 5);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}

int main() {
  run("virtual_factory", virtual_factory);
  run("member_pointer_factory", member_pointer_factory);
  run("visit_factory", visit_factory);
  run("bind_factory", bind_factory);
  run("mem_fn_factory", mem_fn_factory);
}
