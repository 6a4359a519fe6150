// NRVO factories building parts of what the machine holds: an element of
// a C array of Big, an element of std::array<Big, 2>, an init-capture of a
// named lambda kept across an await (a 40-byte closure, returned in
// memory), a member of a nested aggregate.
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

#include <array>
struct Big {
  int v;
  int pad[9];
};
static Big *g_big = nullptr;
// Not a direct store: g++ warns (-Wdangling-pointer) about one.
[[gnu::noinline]] static void note(Big *p) { g_big = p; }
static Big make_big(int v) {
  Big b{v, {}};
  note(&b);
  return b;
}
struct Outer {
  int tag;
  struct {
    Big b;
  } in;
};

ASL_ASYNC asl::Task<int> c_array_element() {
  Big arr[2] = {{0, {}}, make_big(1)};
  co_await later(0);
  arr[1].v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> std_array_element() {
  std::array<Big, 2> arr{{make_big(2), {0, {}}}};
  co_await later(0);
  arr[0].v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> init_capture() {
  auto f = [b = make_big(3)] { return b.v; };
  co_await later(0);
  co_return g_big->v + f();
}
ASL_ASYNC asl::Task<int> nested_member() {
  Outer o{0, {make_big(4)}};
  co_await later(0);
  o.in.b.v += 100;
  co_return g_big->v;
}

int main() {
  run("c_array_element", c_array_element);
  run("std_array_element", std_array_element);
  run("init_capture", init_capture);
  run("nested_member", nested_member);
}
