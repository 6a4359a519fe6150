// Checks that after a resumption the task is back inside the right nested try
// blocks (babel#9019, regenerator#200): an exception from await_resume goes to
// the inner handler, is rethrown to the outer one and drives a retry loop, and
// `continue` from a catch ends that iteration normally.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>

static std::function<void()> pending; // resumes the one suspended task
static int calls = 0;

struct Flaky { // fails on the first two completions, succeeds afterwards
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    if (++calls < 3)
      throw std::runtime_error("flaky");
    return calls;
  }
};
struct Scope {
  int n;
  ~Scope() { std::printf("  ~Scope(%d)\n", n); }
};

ASL_ASYNC asl::Task<int> retryLoop() {
  bool retry;
  int round = 0;
  do {
    retry = false;
    Scope s{++round};
    try {
      try {
        int v = co_await Flaky{};
        std::printf("  success v=%d\n", v);
      } catch (const std::runtime_error &e) {
        std::printf("  inner catch: %s\n", e.what());
        throw;
      }
    } catch (...) {
      std::puts("  outer catch, will retry");
      retry = true;
    }
  } while (retry);
  std::printf("rounds=%d\n", round);
  calls = 0;
  for (int c = 2; c > 0; --c) {
    try {
      co_await Flaky{};
    } catch (...) {
      std::printf("  catch c=%d, continue\n", c);
      ++c;
      continue;
    }
    std::printf("  passed c=%d\n", c);
  }
  std::puts("loop 2 done");
  co_return round;
}

int main() {
  asl::Task<int> t = retryLoop();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
