// Addresses leaving through exceptions thrown and caught before the first
// suspension: a pointer to a local thrown and kept by the handler, a
// std::reference_wrapper thrown, an exception class holding a reference
// member bound to a local, a member function throwing `this`.
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

static int *g_p = nullptr;
struct Slot {
  int v;
  void raise() { throw this; }
};
struct RefErr {
  int &r;
};

ASL_ASYNC asl::Task<int> throw_pointer() {
  int x = 1;
  try {
    throw &x;
  } catch (int *p) {
    g_p = p;
  }
  co_await later(0);
  *g_p += 100;
  co_return x;
}
ASL_ASYNC asl::Task<int> throw_ref_wrapper() {
  int x = 2;
  try {
    throw std::ref(x);
  } catch (std::reference_wrapper<int> w) {
    g_p = &w.get();
  }
  co_await later(0);
  *g_p += 100;
  co_return x;
}
ASL_ASYNC asl::Task<int> throw_ref_member() {
  int x = 3;
  try {
    throw RefErr{x};
  } catch (const RefErr &e) {
    g_p = &e.r;
  }
  co_await later(0);
  *g_p += 100;
  co_return x;
}
ASL_ASYNC asl::Task<int> member_throws_this() {
  Slot s{4};
  try {
    s.raise();
  } catch (Slot *p) {
    g_p = &p->v;
  }
  co_await later(0);
  *g_p += 100;
  co_return s.v;
}

int main() {
  run("throw_pointer", throw_pointer);
  run("throw_ref_wrapper", throw_ref_wrapper);
  run("throw_ref_member", throw_ref_member);
  run("member_throws_this", member_throws_this);
}
