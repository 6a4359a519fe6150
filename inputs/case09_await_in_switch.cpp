// Checks awaits inside a switch (graaljs#431, coffee-script#55): an awaited
// selector is evaluated once, resumption lands mid-case with fallthrough and a
// block-scoped local, and a switch whose awaiting case is not taken continues.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task
static int evals = 0;

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};
struct Pick : Pause {
  int v;
  explicit Pick(int x) : v(x) {}
  int await_resume() { ++evals; return v; }
};

ASL_ASYNC asl::Task<void> run(int sel) {
  std::printf("sel=%d:", sel);
  switch (co_await Pick{sel}) {
  case 1:
    std::printf(" 1");
    co_await Pause{};
    std::printf(" 2");
    [[fallthrough]];
  case 2: {
    int local = 30;
    co_await Pause{};
    std::printf(" %d", local / 10);
    if (sel == 2)
      break;
    co_await Pause{};
    std::printf(" 4");
    break;
  }
  case 3:
    std::printf(" three");
    break;
  default:
    std::printf(" default");
  }
  std::printf(" | after switch, selector evaluated %d time(s)\n", evals);
}

static void drain() {
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
}

int main() {
  int sels[] = {1, 2, 3, 9};
  for (int sel : sels) {
    evals = 0;
    asl::Task<void> t = run(sel);
    drain();
    if (!t.is_ready())
      std::puts("not done");
  }
}
