// Checks co_await as the right operand of ||, && and ?: (graaljs#110): when
// the left operand decides, the awaited operand is not evaluated and its
// awaiter is not even built.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Probe {
  const char *name;
  bool result;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  bool await_resume() {
    std::printf("  awaited %s -> %d\n", name, (int)result);
    return result;
  }
};

static Probe probe(const char *name, bool r) {
  std::printf("  built %s\n", name);
  return {name, r};
}

ASL_ASYNC asl::Task<void> logic(bool t, bool f) {
  bool r1 = t || co_await probe("A", false);
  std::printf("r1=%d\n", (int)r1);
  bool r2 = f && co_await probe("B", true);
  std::printf("r2=%d\n", (int)r2);
  bool r3 = f || co_await probe("C", true);
  std::printf("r3=%d\n", (int)r3);
  bool r4 = (co_await probe("D", false)) && (co_await probe("E", true));
  std::printf("r4=%d\n", (int)r4);
  bool r5 = (co_await probe("F", true)) || (co_await probe("G", false));
  std::printf("r5=%d\n", (int)r5);
  int r6 = f ? co_await probe("H", true) : (t && co_await probe("I", true)) + 40;
  std::printf("r6=%d\n", r6);
}

int main() {
  asl::Task<void> task = logic(true, false);
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("main done=%d\n", (int)task.is_ready());
}
