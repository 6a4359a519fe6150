// Awaiters whose type holds a closure type, which the lowering cannot name
// and keeps behind asl::erased_awaiter (relocatable: "it only points at
// its awaiter, which lives on the heap"): an owned temporary whose
// await_ready() records its address (it is on the heap, so this is a
// control), a named local of such a type awaited as an lvalue (borrowed),
// a member of a lifted aggregate awaited as an lvalue.
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

template <class F> struct Act {
  F f;
  int v;
  bool await_ready() noexcept {
    g_at = this;
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() {
    return static_cast<const Act *>(g_at)->v + f();
  }
};
template <class F> Act<F> act(F f, int v) { return Act<F>{f, v}; }

ASL_ASYNC asl::Task<int> owned_temporary() {
  int r = co_await act([] { return 1000; }, 1);
  co_return r;
}
ASL_ASYNC asl::Task<int> named_borrowed() {
  auto op = act([] { return 2000; }, 2);
  int r = co_await op;
  co_return r;
}
ASL_ASYNC asl::Task<int> named_borrowed_later() {
  auto op = act([] { return 3000; }, 3);
  co_await later(0);
  int r = co_await op;
  co_return r;
}

int main() {
  run("owned_temporary", owned_temporary);
  run("named_borrowed", named_borrowed);
  run("named_borrowed_later", named_borrowed_later);
}
