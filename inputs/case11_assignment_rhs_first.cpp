// Checks that in E1 = E2 and E1 op= E2 the awaited right side runs before the
// left side is evaluated, as C++17 requires (roslyn#81212, roslyn PR #42807):
// a[i] = co_await ... writes the new index, x += co_await ... reads x afterwards.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task
static int slots[3] = {0, 0, 0}, idx = 0, acc = 10;
struct S { long f; } s{1};

static int *where(const char *tag) {
  std::printf("  where(%s)\n", tag);
  return &slots[1];
}

// The side effect each await has when it resumes. (The original case builds
// awaiters from lambdas; a machine cannot name a lambda's type, so these are
// named function objects.)
struct MoveIndex {
  int operator()() const { idx = 2; return 42; }
};
struct Announce {
  int operator()() const { std::puts("  right side awaited"); return 7; }
};
struct ResetAcc {
  int operator()() const { acc = 100; return 1; }
};
struct ResetField {
  int operator()() const { s.f = 64; return 1; }
};

template <class F> struct Act { // runs f after a real suspension
  F f;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return f(); }
};
template <class F> Act<F> act(F f) { return {f}; }

ASL_ASYNC asl::Task<void> demo() {
  slots[idx] = co_await act(MoveIndex{});
  std::printf("slots = %d %d %d\n", slots[0], slots[1], slots[2]);
  *where("target") = co_await act(Announce{});
  std::printf("slots = %d %d %d\n", slots[0], slots[1], slots[2]);
  acc += co_await act(ResetAcc{});
  std::printf("acc = %d\n", acc);
  s.f >>= co_await act(ResetField{});
  std::printf("s.f = %ld\n", s.f);
}

int main() {
  asl::Task<void> t = demo();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("main done=%d\n", (int)t.is_ready());
}
