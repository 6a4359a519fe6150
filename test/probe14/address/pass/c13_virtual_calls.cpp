// Virtual calls on a global object given something of a lifted local:
// a virtual function taking std::function<int()> given a closure with a
// capture by reference, one taking `const int &`, a virtual call through
// a base pointer to a member template wrapper, a pure virtual sink
// taking a trivially copyable handle holding a reference.
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

struct Sink {
  virtual ~Sink() = default;
  virtual void take(std::function<int()> f) = 0;
  virtual void take_ref(const int &r) = 0;
};
struct Keeper : Sink {
  std::function<int()> f;
  const int *p = nullptr;
  void take(std::function<int()> g) override { f = std::move(g); }
  void take_ref(const int &r) override { p = &r; }
};
static Keeper g_keeper;
static Sink *g_sink = &g_keeper;
struct Handle {
  int *p;
};
struct HandleSink {
  virtual ~HandleSink() = default;
  virtual void take(Handle h) { last = h; }
  Handle last{nullptr};
};
static HandleSink g_hs;
template <class F> static void via_base(Sink &s, F f) { s.take(f); }

ASL_ASYNC asl::Task<int> virtual_closure() {
  int x = 1;
  g_sink->take([&x] { return x; });
  co_await later(0);
  x += 100;
  co_return g_keeper.f();
}
ASL_ASYNC asl::Task<int> virtual_reference() {
  int x = 2;
  g_sink->take_ref(x);
  co_await later(0);
  x += 100;
  co_return *g_keeper.p;
}
ASL_ASYNC asl::Task<int> template_then_virtual() {
  int x = 3;
  via_base(*g_sink, [&x] { return x; });
  co_await later(0);
  x += 100;
  co_return g_keeper.f();
}
ASL_ASYNC asl::Task<int> handle_by_value() {
  int x = 4;
  Handle h{&x};
  g_hs.take(h);
  co_await later(0);
  x += 100;
  co_return *g_hs.last.p;
}

int main() {
  run("virtual_closure", virtual_closure);
  run("virtual_reference", virtual_reference);
  run("template_then_virtual", template_then_virtual);
  run("handle_by_value", handle_by_value);
}
