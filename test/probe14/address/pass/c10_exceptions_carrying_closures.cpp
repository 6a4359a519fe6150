// Exceptions carrying an address of a lifted local past the first
// suspension: a thrown std::function built from a closure capturing by
// reference, caught and kept; a thrown closure caught through a template
// helper; a thrown aggregate holding a reference member bound to a local;
// std::exception_ptr kept and rethrown after the await.
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

#include <exception>
struct RefErr {
  int &r;
};
static std::function<int()> g_fn;
static std::exception_ptr g_ep;
template <class F> static void throw_and_keep(F f) {
  try {
    throw f;
  } catch (const F &c) {
    g_fn = c;
  }
}

ASL_ASYNC asl::Task<int> thrown_function() {
  int x = 1;
  try {
    throw std::function<int()>([&x] { return x; });
  } catch (const std::function<int()> &f) {
    g_fn = f;
  }
  co_await later(0);
  x += 100;
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> thrown_closure_template() {
  int x = 2;
  throw_and_keep([&x] { return x; });
  co_await later(0);
  x += 100;
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> exception_ptr_kept() {
  int x = 3;
  try {
    throw RefErr{x};
  } catch (...) {
    g_ep = std::current_exception();
  }
  co_await later(0);
  x += 100;
  try {
    std::rethrow_exception(g_ep);
  } catch (const RefErr &e) {
    co_return e.r;
  }
  co_return 0;
}

int main() {
  run("thrown_function", thrown_function);
  run("thrown_closure_template", thrown_closure_template);
  run("exception_ptr_kept", exception_ptr_kept);
}
