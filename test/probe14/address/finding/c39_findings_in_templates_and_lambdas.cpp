// This probe's three unpinned kinds in other kinds of machines: a
// std::invoke'd NRVO factory in an async function template and in a
// coroutine lambda; an await_resume() NRVO result in a coroutine lambda;
// a default argument's temporary in an awaited call from a function
// template.
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
struct Pt {
  int v;
};
ASL_ASYNC asl::Task<int> child(const Pt &p = Pt{4}) {
  co_await later(0);
  co_return p.v + 100;
}

template <class T> ASL_ASYNC asl::Task<int> invoke_in_template(T v) {
  Big b = std::invoke(make_big, v);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
static auto invoke_lambda = []() -> asl::Task<int> {
  Big b = std::invoke(make_big, 2);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
};
static auto await_resume_lambda = []() -> asl::Task<int> {
  Big b = co_await BigReady{3};
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
};
template <class T> ASL_ASYNC asl::Task<int> default_in_template(T) {
  int r = co_await child();
  co_return r;
}
static asl::Task<int> a() { return invoke_in_template(1); }
static asl::Task<int> b() { return invoke_lambda(); }
static asl::Task<int> c() { return await_resume_lambda(); }
static asl::Task<int> d() { return default_in_template(0); }

int main() {
  run("invoke_in_template", a);
  run("invoke_lambda", b);
  run("await_resume_lambda", c);
  run("default_in_template", d);
}
