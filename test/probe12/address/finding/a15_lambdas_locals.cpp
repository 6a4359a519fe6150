// Lambdas and lifted locals (not bindings): capture by reference in every
// spelling (explicit, default, init-capture of a member, nested), a
// mutable closure kept in the machine returning the address of its copy,
// a closure passed by reference to a keeper, std::ref of a closure.
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

struct S {
  int v;
  int w;
};
static std::function<int()> g_fn;
static int *gp = nullptr;

ASL_ASYNC asl::Task<int> explicit_ref() {
  int x = 1;
  g_fn = [&x] { return x; };
  x = 21;
  co_await later(0);
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> default_ref() {
  S s{2, 3};
  g_fn = [&] { return s.v + s.w; };
  s.w = 30;
  co_await later(0);
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> init_capture_member() {
  S s{4, 5};
  g_fn = [&m = s.w] { return m; };
  s.w = 50;
  co_await later(0);
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> nested() {
  S s{6, 7};
  g_fn = [&] { return [&] { return s.v; }(); };
  s.v = 60;
  co_await later(0);
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> closure_address() {
  int v = 8;
  auto l = [v]() mutable { return &v; };
  gp = l();
  co_await later(0);
  *gp += 100;
  co_return *l();
}
ASL_ASYNC asl::Task<int> closure_std_ref() {
  int k = 9;
  auto l = [k] { return k; };
  g_fn = std::ref(l);
  co_await later(0);
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> this_capture_in_param_lambda(S s) {
  g_fn = [&s] { return s.v * 2; };
  co_await later(0);
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> param_lambda() {
  co_return co_await this_capture_in_param_lambda(S{11, 0});
}

int main() {
  run("explicit_ref", explicit_ref);
  run("default_ref", default_ref);
  run("init_capture_member", init_capture_member);
  run("nested", nested);
  run("closure_address", closure_address);
  run("closure_std_ref", closure_std_ref);
  run("param_lambda", param_lambda);
}
