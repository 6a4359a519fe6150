// Checks co_return, break, continue and goto after a resumption (regenerator
// #173, #192, jsse#493): each leaves its loop for good and runs exactly the
// destructors of the scopes it leaves; co_return builds its value first.
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
struct Fin {
  int id;
  ~Fin() { std::printf("  fin %d\n", id); }
};
struct Ret { // the task's value; says when the value is produced
  int v;
  Ret(int x) : v(x) { std::printf("  return value(%d)\n", v); }
};

ASL_ASYNC asl::Task<Ret> findFirst() {
  for (int i = 0; i < 3; ++i) {
    Fin f{i};
    co_await Pause{};
    if (i == 0)
      co_return 10 + i; // must stop the loop: value 10, only "fin 0"
  }
  co_return -1;
}

ASL_ASYNC asl::Task<Ret> exits() {
  while (true) {
    Fin f{100};
    co_await Pause{};
    break;
  }
  std::puts("  after while/break");
  for (int i = 0; i < 3; ++i) {
    Fin f{200 + i};
    co_await Pause{};
    if (i == 1)
      continue;
    std::printf("  body %d\n", i);
  }
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 2; ++j) {
      Fin a{300 + i * 10 + j};
      co_await Pause{};
      if (i == 1 && j == 0)
        goto out;
    }
out:
  std::puts("  after goto");
  co_return 0;
}

static int drain(asl::Task<Ret> t) {
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  return asl::sync_wait(std::move(t)).v;
}

int main() {
  std::printf("findFirst -> %d\n", drain(findFirst()));
  std::printf("exits -> %d\n", drain(exits()));
}
