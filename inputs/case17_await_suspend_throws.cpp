// Checks an exception thrown by await_suspend in its void, bool and handle
// forms (cplusplus/draft#4568): it is rethrown inside the task at the await,
// without calling await_resume; the task's own try/catch sees it, and if
// uncaught it fails the task, after the task's locals are destroyed.
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>

struct Local {
  const char *n;
  ~Local() { std::printf("  ~%s\n", n); }
};

struct RefuseBase {
  bool await_ready() { return false; }
  int await_resume() { std::puts("  await_resume (must not run)"); return 0; }
  static void refuse() {
    std::puts("  await_suspend throws");
    throw std::runtime_error("refused");
  }
};
struct RefuseVoid : RefuseBase {
  template <class Handle> void await_suspend(Handle) { refuse(); }
};
struct RefuseBool : RefuseBase {
  template <class Handle> bool await_suspend(Handle) { refuse(); return true; }
};
struct RefuseHandle : RefuseBase {
  template <class Handle> Handle await_suspend(Handle h) { refuse(); return h; }
};

ASL_ASYNC asl::Task<void> caught() {
  Local outer{"outer"};
  try {
    Local inner{"inner"};
    int v = co_await RefuseVoid{};
    std::printf("  not reached %d\n", v);
  } catch (const std::exception &e) {
    std::printf("  caught in task: %s\n", e.what());
  }
  try {
    co_await RefuseBool{};
  } catch (...) {
    std::puts("  caught again (bool form)");
  }
  std::puts("  task continues normally");
}

ASL_ASYNC asl::Task<int> uncaught() {
  Local l{"local"};
  int v = co_await RefuseHandle{};
  std::puts("  not reached");
  co_return v;
}

int main() {
  std::puts("caught:");
  {
    asl::Task<void> t = caught();
    std::printf("  done=%d\n", (int)t.is_ready());
    asl::sync_wait(std::move(t));
  }
  std::puts("uncaught:");
  {
    asl::Task<int> t = uncaught();
    std::printf("  done=%d\n", (int)t.is_ready());
    try {
      asl::sync_wait(std::move(t));
    } catch (const std::exception &e) {
      std::printf("  task failed: %s\n", e.what());
    }
  }
}
