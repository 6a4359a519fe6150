// c06's await_resume() NRVO (the awaited result is the local itself)
// reached through wrappers: asl::configure_await around the awaiter, an
// awaitable's get_awaiter() returning it, an await in a `?:` arm
// initializing the local, and the local in a range-for's init of a
// lifted aggregate member.
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
struct BigAwaitable {
  int v;
  BigReady get_awaiter() const { return BigReady{v}; }
#ifdef __cpp_impl_coroutine
  BigReady operator co_await() const { return BigReady{v}; }
#endif
};
struct Outer {
  int tag;
  Big b;
};
static int pick = 1;

ASL_ASYNC asl::Task<int> configured() {
  Big b = co_await asl::configure_await(BigReady{1}, true);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> through_get_awaiter() {
  Big b = co_await BigAwaitable{2};
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> conditional_arm() {
  Big b = pick ? co_await BigReady{3} : Big{30, {}};
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> aggregate_member() {
  Outer o{0, co_await BigReady{4}};
  co_await later(0);
  o.b.v += 100;
  co_return g_big->v;
}

int main() {
  run("configured", configured);
  run("through_get_awaiter", through_get_awaiter);
  run("conditional_arm", conditional_arm);
  run("aggregate_member", aggregate_member);
}
