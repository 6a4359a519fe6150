// A lifted local (one living across an await) whose destructor asks
// std::uncaught_exceptions() (C++17's scope-guard idiom: commit on success,
// roll back on failure) sees the exception leaving its scope, as natively:
// the machine destroys it during the stack unwinding (an unwind guard), not
// once the exception is caught. probe7's a08, reduced; the lowering printed
// "guard a: normal exit" and "guard b: normal exit" before the guards.
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
