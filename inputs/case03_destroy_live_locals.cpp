// Checks destroying a suspended task at each of its suspension points: exactly
// the locals alive there run their destructors, innermost first, then the
// task's own copy of its by-value parameter (llvm#63818, godot#116649).
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Local {
  const char *name;
  Local(const char *n) : name(n) { std::printf("    +%s\n", name); }
  Local(const Local &o) : name(o.name) {
    std::printf("    +%s (frame copy)\n", name);
  }
  ~Local() { std::printf("    -%s\n", name); }
};

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

ASL_ASYNC asl::Task<void> work(Local param) {
  Local a{"a"};
  co_await Pause{}; // stop 1: live = a (+ param copy)
  {
    Local b{"b"};
    for (int i = 0; i < 2; ++i) {
      Local c{i == 0 ? "c0" : "c1"};
      co_await Pause{}; // stop 2 / 3: live = a, b, c0 / c1
    }
  }
  Local d{"d"};
  co_await Pause{}; // stop 4: live = a, d
  std::printf("    body finished (%s still alive)\n", param.name);
}

int main() {
  for (int stops = 0; stops <= 4; ++stops) {
    std::printf("resume %d time(s) then destroy:\n", stops);
    asl::Task<void> t = work(Local{"param"});
    std::printf("    (caller's param temporary gone)\n");
    for (int i = 0; i < stops && !t.is_ready(); ++i) {
      auto h = std::move(pending);
      pending = nullptr;
      h();
    }
    std::printf("    done=%d, destroy\n", (int)t.is_ready());
    t = asl::Task<void>();
    pending = nullptr;
  }
}
