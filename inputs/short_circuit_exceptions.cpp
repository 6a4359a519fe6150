// Checks which temporaries die when an exception leaves an operand of `&&`
// or `?:` that awaits, as natively: thrown before the await (from a call
// whose argument is a temporary), from the awaiter's await_resume, and
// after the await; caught inside the coroutine, and leaving it (the task
// rethrows to its caller). The left operand's temporary, kept in a field
// across the await, dies with the others, last constructed first.
#include <asl/task.h>
#include <cstdio>
#include <functional>
static std::function<void()> pending;
struct Pause {
  int v;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::printf("  resume %d\n", v);
    if (v == 9)
      throw 9;
    return v;
  }
};
struct G {
  const char *n;
  G(const char *s) : n(s) { std::printf("  +%s\n", n); }
  ~G() { std::printf("  -%s\n", n); }
  bool ok() const { return true; }
};
static bool boom(const G &g, bool really) {
  std::printf("  boom? %s\n", g.n);
  if (really)
    throw 1;
  return true;
}
ASL_ASYNC asl::Task<int> body(bool t) {
  int r = 0;
  for (int i = 0; i < 3; ++i) {
    try {
      bool x = G("a").ok() &&
               (boom(G("b"), i == 0), co_await Pause{i == 1 ? 9 : 2}) &&
               boom(G("c"), i == 2);
      r += x;
    } catch (int e) {
      std::printf("  caught %d\n", e);
    }
  }
  int y = t ? G("d").ok() + co_await Pause{9} : 0;
  co_return r + y;
}
int main() {
  auto t = body(true);
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  try {
    asl::sync_wait(std::move(t));
  } catch (int e) {
    std::printf("main caught %d\n", e);
  }
}
