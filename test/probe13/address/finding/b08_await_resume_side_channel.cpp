// An awaiter that completes at once (await_ready() true) is a temporary
// of its full-expression, kept in the machine until it ends. Here its
// await_resume() returns a number but records `this` (or the address of
// a member) elsewhere, and a later await of the same full-expression is
// the machine's first suspension; the call that consumes both results
// reads through the recorded address. Also: await_resume() storing into
// an out-pointer member, a get_awaiter() returning an awaiter temporary
// that records itself.
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

static const int *g_seen = nullptr;
static int show(int a, int b) { return *g_seen * 1000 + a + b; }

struct SelfReady {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() {
    g_seen = &v;
    return v;
  }
};
struct OutReady {
  int v;
  const int **out;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() {
    *out = &v;
    return v;
  }
};
struct Viaop {
  int v;
  SelfReady get_awaiter() const { return SelfReady{v}; }
#ifdef __cpp_impl_coroutine
  SelfReady operator co_await() const { return SelfReady{v}; }
#endif
};
struct ThisReady {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() {
    note(this);
    return v;
  }
  static void note(const ThisReady *p) { g_seen = &p->v; }
};

ASL_ASYNC asl::Task<int> member_address() {
  co_return show(co_await SelfReady{5}, co_await later(1));
}
ASL_ASYNC asl::Task<int> out_pointer() {
  co_return show(co_await OutReady{6, &g_seen}, co_await later(1));
}
ASL_ASYNC asl::Task<int> via_get_awaiter() {
  co_return show(co_await Viaop{7}, co_await later(1));
}
ASL_ASYNC asl::Task<int> static_member_note() {
  co_return show(co_await ThisReady{8}, co_await later(1));
}
ASL_ASYNC asl::Task<int> comma_operands() {
  co_return (co_await SelfReady{9}, co_await later(1), *g_seen);
}

int main() {
  run("member_address", member_address);
  run("out_pointer", out_pointer);
  run("via_get_awaiter", via_get_awaiter);
  run("static_member_note", static_member_note);
  run("comma_operands", comma_operands);
}
