// A lifted local (one living across an await) whose destructor asks
// std::uncaught_exceptions() (C++17's scope-guard idiom: commit on success,
// roll back on failure) sees 0 when an exception leaves its scope in the
// lowered build, 1 natively: the machine destroys lifted objects after it
// has caught the exception (destroy_live() in its catch-all, or at the start
// of a try's handler), not during stack unwinding.
// Expected (native): "guard a: unwinding", "guard b: unwinding", "caught boom"
// Got (lowered, g++ and clang++-19): "guard a: normal exit",
// "guard b: normal exit", ...
#include <asl/task.h>

#include <cstdio>
#include <exception>
#include <stdexcept>

struct Guard {
  const char *name;
  ~Guard() {
    std::printf("guard %s: %s\n", name,
                std::uncaught_exceptions() ? "unwinding" : "normal exit");
  }
};

struct Suspend {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  void await_resume() const noexcept {}
};

ASL_ASYNC asl::Task<int> leaves_by_exception() {
  Guard g{"a"};
  co_await Suspend{};
  throw std::runtime_error("boom");
}

ASL_ASYNC asl::Task<int> caught_inside() {
  try {
    Guard g{"b"};
    co_await Suspend{};
    throw std::runtime_error("boom");
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  co_return 0;
}

int main() {
  try {
    asl::sync_wait(leaves_by_exception());
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  asl::sync_wait(caught_inside());
}
