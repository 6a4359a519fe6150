// Checks case 13 in its original form, a coroutine lambda: its captures stay
// in the closure and the body uses them through it, not copies in the task
// (llvm#76995, CppCoreGuidelines#1756), so calls and interleaved tasks share
// them; by-copy (mutable), by-reference and init-captures.
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

int main() {
  int outside = 0;
  auto counter = [n = 0, &outside](const char *who) mutable
      -> asl::Task<void> {
    ++n;
    ++outside;
    co_await Pause{};
    ++n;
    ++outside;
    std::printf("  %s sees n=%d outside=%d\n", who, n, outside);
  };
  std::puts("sequential:");
  { asl::Task<void> t = counter("first"); resume(0); }
  { asl::Task<void> t = counter("second"); resume(1); }
  std::puts("interleaved:");
  asl::Task<void> a = counter("a"); // slot 0
  asl::Task<void> b = counter("b"); // slot 1
  resume(0);
  resume(1);
  Counter c;
  asl::Task<void> m1 = c.bump("m1"); // slot 0
  asl::Task<void> m2 = c.bump("m2"); // slot 1
  resume(1);
  resume(0);
  std::printf("member counter final n=%d\n", c.n);
}
