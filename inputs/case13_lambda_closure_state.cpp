// Checks that a closure's state and a member function's object are used in
// place, through `this`, not copied into the task (llvm#76995,
// CppCoreGuidelines#1756): calls and interleaved tasks share them. The
// original case uses a coroutine lambda, which async-lower does not lower;
// the closure is written out here as the class a lambda stands for.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending[2]; // resumes suspended tasks, by slot
static int next_slot = 0;

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending[next_slot++ % 2] = [h] { h.resume(); };
  }
  void await_resume() {}
};

static void resume(int slot) {
  auto h = std::move(pending[slot]);
  pending[slot] = nullptr;
  h();
}

struct Counter { // the same thing written as a class with an async member
  int n = 0;
  ASL_ASYNC asl::Task<void> bump(const char *who) {
    ++n;
    co_await Pause{};
    ++n;
    std::printf("  %s (member) sees n=%d\n", who, n);
  }
};

// What `[n = 0, &outside](const char *who) mutable -> asl::Task<void>`
// stands for: captures as members, the body as a member function.
struct Closure {
  int n = 0;
  int &outside;
  ASL_ASYNC asl::Task<void> call(const char *who) {
    ++n;
    ++outside;
    co_await Pause{};
    ++n;
    ++outside;
    std::printf("  %s sees n=%d outside=%d\n", who, n, outside);
  }
};

int main() {
  int outside = 0;
  Closure counter{0, outside};
  std::puts("sequential:");
  { asl::Task<void> t = counter.call("first"); resume(0); }
  { asl::Task<void> t = counter.call("second"); resume(1); }
  std::puts("interleaved:");
  asl::Task<void> a = counter.call("a"); // slot 0
  asl::Task<void> b = counter.call("b"); // slot 1
  resume(0);
  resume(1);
  Counter c;
  asl::Task<void> m1 = c.bump("m1"); // slot 0
  asl::Task<void> m2 = c.bump("m2"); // slot 1
  resume(1);
  resume(0);
  std::printf("member counter final n=%d\n", c.n);
}
