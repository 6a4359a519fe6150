// Checks that a task resumes its awaiter only once it has finished, after its
// locals are destroyed (xlang#115, continuable#61): co_return builds the value
// first, then the locals die, then the awaiting task runs; flowing off the end
// of a void task destroys the locals before the awaiter runs.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};
struct Local {
  const char *n;
  ~Local() { std::printf("  ~%s\n", n); }
};
struct Ret {
  int v;
  Ret(int x) : v(x) { std::printf("  return value(%d)\n", v); }
};

ASL_ASYNC asl::Task<Ret> explicitReturn() {
  Local a{"a"};
  {
    Local b{"b"};
    co_await Pause{};
    co_return 1;
  }
}

ASL_ASYNC asl::Task<void> flowOffEnd() {
  Local c{"c"};
  co_await Pause{};
}

ASL_ASYNC asl::Task<void> voidReturn(asl::Event &ready) {
  Local d{"d"};
  co_await ready;
  std::puts("  child resumed by the event");
  co_return;
}

ASL_ASYNC asl::Task<int> parent(asl::Event &ready) {
  std::puts("explicit co_return:");
  Ret r = co_await explicitReturn();
  std::printf("  parent resumed with %d\n", r.v);
  std::puts("flowing off the end:");
  co_await flowOffEnd();
  std::puts("  parent resumed");
  std::puts("co_return; after an event:");
  co_await voidReturn(ready);
  std::puts("  parent resumed");
  co_return r.v + 1;
}

int main() {
  asl::Event ready;
  asl::Task<int> t = parent(ready);
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    std::puts("main: resume");
    h();
  }
  std::puts("main: set event");
  ready.set();
  std::printf("main: result %d\n", asl::sync_wait(std::move(t)));
}
