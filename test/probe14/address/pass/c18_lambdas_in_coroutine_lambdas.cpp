// Lambdas nested in coroutine lambdas (not generic, not in templates):
// a generic lambda called at once with the lifted local as `auto &`, a
// generic named lambda kept across the await capturing by reference, a
// nested closure pushed into a global vector, and the same inside a
// generic coroutine lambda.
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

#include <vector>
static const int *g_p = nullptr;
static void keep(const int &r) { g_p = &r; }
static std::vector<std::function<int()>> g_cbs;

static auto at_once_generic = []() -> asl::Task<int> {
  int x = 1;
  [](auto &r) { keep(r); }(x);
  co_await later(0);
  x += 100;
  co_return *g_p;
};
static auto kept_generic = []() -> asl::Task<int> {
  int x = 2;
  auto get = [&](auto k) { return x + k; };
  g_cbs.push_back([get] { return get(0); });
  co_await later(0);
  x += 100;
  co_return g_cbs.back()();
};
static auto pushed_closure = []() -> asl::Task<int> {
  int x = 3;
  g_cbs.push_back([&x] { return x; });
  co_await later(0);
  x += 100;
  co_return g_cbs.back()();
};
static auto generic_pushed = [](auto v) -> asl::Task<int> {
  decltype(v) x = v;
  g_cbs.push_back([&x] { return x; });
  co_await later(0);
  x += 100;
  co_return g_cbs.back()();
};
static asl::Task<int> at_once() { return at_once_generic(); }
static asl::Task<int> kept() { return kept_generic(); }
static asl::Task<int> pushed() { return pushed_closure(); }
static asl::Task<int> generic() { return generic_pushed(4); }

int main() {
  run("at_once_generic", at_once);
  run("kept_generic", kept);
  run("pushed_closure", pushed);
  run("generic_pushed", generic);
}
