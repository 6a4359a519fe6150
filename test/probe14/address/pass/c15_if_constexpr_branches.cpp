// `if constexpr` in async function templates: an escape in the branch
// taken for the specialization (pins), one in a discarded branch with a
// keeping call and a closure (control), one behind `else` of a false
// condition, one in a constexpr branch of a generic coroutine lambda.
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

#include <type_traits>
static const int *g_p = nullptr;
static void keep(const int &r) { g_p = &r; }
static std::function<int()> g_fn;

template <class T> ASL_ASYNC asl::Task<int> taken_branch(T v) {
  T x = v;
  if constexpr (std::is_same_v<T, int>)
    keep(x);
  co_await later(0);
  x += 100;
  co_return *g_p;
}
template <class T> ASL_ASYNC asl::Task<int> discarded_branch(T v) {
  T x = v;
  if constexpr (!std::is_same_v<T, int>) {
    keep(x);
    g_fn = [&x] { return x; };
  }
  co_await later(0);
  x += 100;
  co_return x;
}
template <class T> ASL_ASYNC asl::Task<int> else_branch(T v) {
  T x = v;
  if constexpr (sizeof(T) > 64) {
    co_return 0;
  } else {
    g_fn = [&x] { return x; };
  }
  co_await later(0);
  x += 100;
  co_return g_fn();
}
static asl::Task<int> taken() { return taken_branch(1); }
static asl::Task<int> discarded() { return discarded_branch(2); }
static asl::Task<int> in_else() { return else_branch(3); }
static auto generic = [](auto v) -> asl::Task<int> {
  decltype(v) x = v;
  if constexpr (std::is_integral_v<decltype(v)>)
    keep(x);
  co_await later(0);
  x += 100;
  co_return *g_p;
};
static asl::Task<int> in_generic_lambda() { return generic(4); }

int main() {
  run("taken_branch", taken);
  run("discarded_branch", discarded);
  run("else_branch", in_else);
  run("generic_lambda_branch", in_generic_lambda);
}
