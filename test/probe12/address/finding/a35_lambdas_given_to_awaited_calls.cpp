// A lambda expression capturing a lifted local by reference, given
// straight to an awaited async call that calls it after suspending (an
// std::function parameter, an async function template given the closure,
// a member template): the caller suspends while the callee holds the
// closure, which refers to the caller's machine.
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

ASL_ASYNC asl::Task<int> call_later(std::function<int()> f) {
  co_await later(0);
  co_return f();
}
template <class F> ASL_ASYNC asl::Task<int> retry(F f, int n) {
  int r = 0;
  for (int i = 0; i < n; ++i)
    r += f() + co_await later(0);
  co_return r;
}
struct Policy {
  int k;
  template <class F> ASL_ASYNC asl::Task<int> call(F f) const {
    co_await later(0);
    co_return f() * k;
  }
};

ASL_ASYNC asl::Task<int> std_function_param() {
  int x = 1;
  x += 20;
  co_return co_await call_later([&x] { return x; });
}
ASL_ASYNC asl::Task<int> template_given_closure() {
  int x = 2;
  int calls = 0;
  int r = co_await retry([&] { return x * 10 + ++calls; }, 3);
  co_return r * 100 + calls;
}
ASL_ASYNC asl::Task<int> member_template_given_closure() {
  int x = 3;
  static const Policy p{2};
  co_return co_await p.call([&x] { return x; });
}

int main() {
  run("std_function_param", std_function_param);
  run("template_given_closure", template_given_closure);
  run("member_template_given_closure", member_template_given_closure);
}
