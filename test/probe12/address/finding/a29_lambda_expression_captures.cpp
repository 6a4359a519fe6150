// Variants of lambda expressions capturing lifted objects by reference,
// kept past the first suspension by someone else: a forwarding template
// keeper, a constructor of a holder (an aggregate with a function member),
// a lambda inside a coroutine lambda's body, `[&]` naming a member array,
// a capture of a lifted pointer by reference, and `[=]`/`[x]` copies,
// which keep nothing (controls).
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

static std::function<int()> g_fn;
template <class F> static void keep(F &&f) { g_fn = std::forward<F>(f); }
struct Holder {
  std::function<int()> fn;
};
static Holder *g_holder = nullptr;
struct S {
  int a[2];
};

ASL_ASYNC asl::Task<int> forwarding_keeper() {
  int x = 1;
  keep([&x] { return x; });
  x = 10;
  co_await later(0);
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> holder_member() {
  int x = 2;
  g_holder = new Holder{[&x] { return x; }};
  x = 20;
  co_await later(0);
  int r = g_holder->fn();
  delete g_holder;
  co_return r;
}
ASL_ASYNC asl::Task<int> member_array() {
  S s{{3, 4}};
  g_fn = [&] { return s.a[1]; };
  s.a[1] = 40;
  co_await later(0);
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> pointer_by_reference() {
  int v = 5;
  int *p = nullptr;
  g_fn = [&p] { return *p; };
  static int other = 50;
  p = &other;
  (void)v;
  co_await later(0);
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> copies_only() {
  int x = 6;
  S s{{7, 8}};
  g_fn = [=] { return x + s.a[0]; };
  co_await later(0);
  co_return g_fn();
}
static asl::Task<int> inner_lambda() {
  static auto l = []() -> asl::Task<int> {
    int x = 9;
    g_fn = [&x] { return x; };
    x = 90;
    co_await later(0);
    co_return g_fn();
  };
  return l();
}

int main() {
  run("forwarding_keeper", forwarding_keeper);
  run("holder_member", holder_member);
  run("member_array", member_array);
  run("pointer_by_reference", pointer_by_reference);
  run("copies_only", copies_only);
  run("inner_lambda", inner_lambda);
}
