// b08's kind (an at-once awaiter's await_resume() records its own address,
// returning a number) in other positions of a full-expression with a later
// await: an `&&` operand, a `?:` condition, an argument of an async call
// awaited later in the same expression, in an async function template.
// Control: the recorded address read before the later await.
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
struct SelfReady {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() {
    g_seen = &v;
    return v;
  }
};
static int read_seen(int) { return *g_seen; }
static int pair(int a, int b) { return a * 1000 + b; }
ASL_ASYNC asl::Task<int> twice(int a, int b) { co_return a * 1000 + b; }

ASL_ASYNC asl::Task<int> logical_and() {
  co_return (co_await SelfReady{1} && co_await later(1)) ? *g_seen : -1;
}
ASL_ASYNC asl::Task<int> conditional() {
  co_return co_await SelfReady{2} ? pair(co_await later(1), *g_seen) : -1;
}
ASL_ASYNC asl::Task<int> async_call_argument() {
  co_return co_await twice(co_await SelfReady{3},
                           read_seen(co_await later(1)));
}
template <class T> ASL_ASYNC asl::Task<int> in_template() {
  co_return pair(co_await T{4}, read_seen(co_await later(1)));
}
ASL_ASYNC asl::Task<int> read_before() {
  co_return pair(read_seen(co_await SelfReady{5}), co_await later(1));
}

int main() {
  run("logical_and", logical_and);
  run("conditional", conditional);
  run("async_call_argument", async_call_argument);
  run("in_template", in_template<SelfReady>);
  run("read_before", read_before);
}
