// Checks case 11 in its original form, awaiters whose type holds a lambda:
// in E1 = E2 and E1 op= E2 the awaited right side runs before the left side
// is evaluated (roslyn#81212, roslyn PR #42807). Also awaiters holding a
// lambda that decline to suspend, hand over a continuation, capture a local
// or throw, each built once and destroyed at the end of its full-expression.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>

static std::function<void()> pending; // resumes the one suspended task
static int slots[3] = {0, 0, 0}, idx = 0, acc = 10;
struct S { long f; } s{1};

static int *where(const char *tag) {
  std::printf("  where(%s)\n", tag);
  return &slots[1];
}

template <class F> struct Act { // runs f after a real suspension
  F f;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return f(); }
};
template <class F> Act<F> act(F f) { return {f}; }

template <class F> struct Maybe { // suspends only if f says so
  F f;
  bool await_ready() { return false; }
  template <class Handle> bool await_suspend(Handle h) {
    if (!f())
      return false;
    pending = [h] { h.resume(); };
    return true;
  }
  void await_resume() {}
};
template <class F> Maybe<F> maybe(F f) { return {f}; }

template <class F> struct Hand { // resumes at once by symmetric transfer
  F f;
  bool await_ready() { return false; }
  template <class Handle> Handle await_suspend(Handle h) {
    f();
    return h;
  }
  void await_resume() {}
};
template <class F> Hand<F> hand(F f) { return {f}; }

template <class F> struct Traced { // prints its life; f gives the result
  F f;
  Traced(F g) : f(g) { std::puts("  awaiter built"); }
  Traced(const Traced &) = delete;
  ~Traced() { std::puts("  awaiter destroyed"); }
  bool await_ready() { return true; }
  template <class Handle> void await_suspend(Handle) {}
  std::string await_resume() { return f(); }
};

ASL_ASYNC asl::Task<int> demo() {
  slots[idx] = co_await act([] { idx = 2; return 42; });
  std::printf("slots = %d %d %d\n", slots[0], slots[1], slots[2]);
  *where("target") =
      co_await act([] { std::puts("  right side awaited"); return 7; });
  std::printf("slots = %d %d %d\n", slots[0], slots[1], slots[2]);
  acc += co_await act([] { acc = 100; return 1; });
  std::printf("acc = %d\n", acc);
  s.f >>= co_await act([] { s.f = 64; return 1; });
  std::printf("s.f = %ld\n", s.f);

  int base = 5;
  co_await maybe([] { return false; });
  std::puts("declined to suspend");
  co_await maybe([&base] { return base > 0; });
  std::puts("suspended and resumed");
  co_await hand([] { std::puts("  handing over"); });
  std::string text = co_await Traced{[base] {
    return "from a lambda holding " + std::to_string(base);
  }};
  std::printf("%s\n", text.c_str());
  try {
    co_await act([]() -> int { throw std::runtime_error("thrown on resume"); });
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  co_return base + slots[1];
}

int main() {
  asl::Task<int> t = demo();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
