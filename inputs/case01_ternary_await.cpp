// Checks co_await in one arm, or in the condition, of ?: (llvm#59181): only the
// chosen arm's temporary is built and destroyed, each exactly once.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static int live = 0;
static std::function<void()> pending; // resumes the one suspended task

struct Res {
  int v;
  explicit Res(int x) : v(x) { ++live; std::printf("  Res(%d)\n", v); }
  Res(const Res &o) : v(o.v) { ++live; }
  ~Res() { --live; std::printf("  ~Res(%d)\n", v); }
};

struct Fetch {
  int v;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    std::printf("  suspend\n");
    pending = [h] { h.resume(); };
  }
  int await_resume() { return v; }
};

static int value_of(const Res &r) { return r.v; }

ASL_ASYNC asl::Task<int> inArm(bool cond) {
  co_return value_of(cond ? Res{co_await Fetch{10}} : Res{5});
}

ASL_ASYNC asl::Task<int> inCondition(int key) {
  co_return value_of((co_await Fetch{key}) > 1 ? Res{100 + key}
                                               : Res{200 + key});
}

static void run(const char *name, asl::Task<int> t) {
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    std::printf("  resume\n");
    h();
  }
  bool done = t.is_ready();
  int result = asl::sync_wait(std::move(t));
  std::printf("%s -> %d (done=%d live=%d)\n", name, result, (int)done, live);
}

int main() {
  std::printf("inArm(true)\n");
  run("inArm(true)", inArm(true));
  std::printf("inArm(false)\n");
  run("inArm(false)", inArm(false));
  std::printf("inCondition(2)\n");
  run("inCondition(2)", inCondition(2));
  std::printf("inCondition(0)\n");
  run("inCondition(0)", inCondition(0));
  std::printf("final live=%d\n", live);
}
