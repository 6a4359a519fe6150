// Checks awaiter objects whose type holds a lambda, named by the operand
// (lvalues): each is used where it is, as natively (no copy, not destroyed
// by the await), whether it is ready at once, suspends, or declines to
// suspend; the same object is awaited again and keeps its state, and one
// that throws from await_resume reaches the caller's handler.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>

static std::function<void()> pending; // resumes the one suspended task

template <class F> struct Counted { // suspends on odd uses
  F f;
  int uses = 0;
  Counted(F g) : f(g) {}
  Counted(const Counted &) = delete;
  ~Counted() { std::printf("  awaiter destroyed after %d uses\n", uses); }
  bool await_ready() { return uses % 2 == 0; }
  template <class Handle> bool await_suspend(Handle h) {
    if (uses == 3) // declines: resumes at once
      return false;
    pending = [h] { h.resume(); };
    return true;
  }
  int await_resume() {
    ++uses;
    if (uses == 5)
      throw std::runtime_error("fifth use");
    return f(uses);
  }
};

static int scale = 10;
static auto counted = Counted([](int n) { return scale * n; });
static auto &awaiter() { return counted; }

ASL_ASYNC asl::Task<int> run() {
  int total = 0;
  try {
    for (int i = 0; i < 5; ++i) {
      int got = i < 2 ? co_await counted : co_await awaiter();
      std::printf("  use %d gave %d\n", i + 1, got);
      total += got;
    }
  } catch (const std::exception &e) {
    std::printf("  caught %s\n", e.what());
  }
  static auto shared = Counted([](int n) { return -n; });
  total += co_await shared;
  co_return total;
}

int main() {
  asl::Task<int> task = run();
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  std::printf("run: %d\n", asl::sync_wait(std::move(task)));
}
