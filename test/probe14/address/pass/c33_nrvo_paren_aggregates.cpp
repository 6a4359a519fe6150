// NRVO factories initializing members through C++20 parenthesized
// aggregate initialization (which the lowering spells with braces), a
// static_cast to the same type, a braced temporary of the same type, and
// a `?:` whose arms are both factories inside a parenthesized aggregate.
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
struct Outer {
  int tag;
  Big b;
};
static int pick = 1;

ASL_ASYNC asl::Task<int> paren_aggregate() {
  Outer o(0, make_big(1));
  co_await later(0);
  o.b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> static_cast_same() {
  Big b = static_cast<Big>(make_big(2));
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> braced_same_type() {
  Big b = Big{make_big(3)};
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> paren_conditional() {
  Outer o(0, pick ? make_big(4) : make_big(40));
  co_await later(0);
  o.b.v += 100;
  co_return g_big->v;
}

int main() {
  run("paren_aggregate", paren_aggregate);
  run("static_cast_same", static_cast_same);
  run("braced_same_type", braced_same_type);
  run("paren_conditional", paren_conditional);
}
