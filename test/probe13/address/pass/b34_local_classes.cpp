// Classes declared in the async function's body (hoisted by the
// lowering), whose object records its address: a
// local class's constructor, a local class's NSDMI `self = this`, a local
// awaiter's await_ready(), a local class's member function (a member call
// on the local, which pins as a use).
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

static const void *g_at = nullptr;
#ifdef __cpp_impl_coroutine
#include <coroutine>
using Handle = std::coroutine_handle<>;
#else
using Handle = asl::continuation;
#endif

ASL_ASYNC asl::Task<int> local_constructor() {
  struct Local {
    int v;
    Local(int x) : v(x) { g_at = this; }
  };
  Local l{1};
  co_await later(0);
  l.v += 100;
  co_return static_cast<const Local *>(g_at)->v;
}
ASL_ASYNC asl::Task<int> local_nsdmi() {
  struct Local {
    int v;
    const Local *self = this;
  };
  Local l{2};
  co_await later(0);
  l.v += 100;
  co_return l.self->v;
}
ASL_ASYNC asl::Task<int> local_awaiter() {
  struct Aw {
    int v;
    bool await_ready() noexcept {
      g_at = &v;
      return false;
    }
    void await_suspend(Handle h) {
      resumers.push_back([h] { h.resume(); });
    }
    int await_resume() const noexcept {
      return *static_cast<const int *>(g_at);
    }
  };
  int r = co_await Aw{3};
  co_return r;
}
ASL_ASYNC asl::Task<int> local_member_call() {
  struct Local {
    int v;
    void publish() { g_at = this; }
  };
  Local l{4};
  l.publish();
  co_await later(0);
  l.v += 100;
  co_return static_cast<const Local *>(g_at)->v;
}
int main() {
  run("local_constructor", local_constructor);
  run("local_nsdmi", local_nsdmi);
  run("local_awaiter", local_awaiter);
  run("local_member_call", local_member_call);
}
