// Async member functions whose object keeps pointers to the machine's
// locals or to a copy of *this; aggregates with self pointers set by
// designated initializers; a structured binding of such an aggregate.
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

struct Obj {
  int v;
  const int *p = nullptr;
  ASL_ASYNC asl::Task<int> local_into_member() {
    int x = v;
    p = &x;
    co_await later(0);
    x += 100;
    co_return *p;
  }
  ASL_ASYNC asl::Task<int> copy_of_this() {
    Obj copy = *this;
    p = &copy.v;
    co_await later(0);
    copy.v += 100;
    co_return *p;
  }
};
struct Self {
  int v;
  const int *p;
};

ASL_ASYNC asl::Task<int> designated_self() {
  Self s{.v = 3, .p = &s.v};
  co_await later(0);
  s.v += 100;
  co_return *s.p;
}
ASL_ASYNC asl::Task<int> designated_other_local() {
  int x = 4;
  Self s{.v = 0, .p = &x};
  co_await later(0);
  x += 100;
  co_return *s.p;
}
ASL_ASYNC asl::Task<int> binding_of_self() {
  Self s{.v = 5, .p = nullptr};
  auto &[v, p] = s;
  p = &v;
  co_await later(0);
  v += 100;
  co_return *s.p;
}

static Obj g_obj{1};
static Obj g_obj2{2};
static asl::Task<int> m1() { return g_obj.local_into_member(); }
static asl::Task<int> m2() { return g_obj2.copy_of_this(); }

int main() {
  run("local_into_member", m1);
  run("copy_of_this", m2);
  run("designated_self", designated_self);
  run("designated_other_local", designated_other_local);
  run("binding_of_self", binding_of_self);
}
