// A relocatable machine (only trivially copyable fields) whose awaiters
// throw from await_suspend, resume inline from await_suspend, and suspend
// for real, in a loop with try/catch; exceptions after the real suspension
// (once the machine lives in its heap box) still reach the right handler.
#include <asl/task.h>
#include <cstdio>
#include <functional>
#include <stdexcept>
static std::function<void()> later;
struct Refuse {
  int code;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H) {
    throw std::runtime_error("refused " + std::to_string(code));
  }
  int await_resume() const noexcept { return 0; }
};
struct Resume {
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H h) {
    h.resume();
    return true;
  }
  int await_resume() const noexcept { return 5; }
};
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    later = [h] { h.resume(); };
  }
  int await_resume() const noexcept { return 1; }
};
ASL_ASYNC asl::Task<int> run() {
  int total = 0;
  for (int i = 0; i < 3; ++i) {
    try {
      total += co_await Refuse{i};
    } catch (const std::exception &e) {
      std::printf("caught %s total=%d\n", e.what(), total);
      total += 10;
    }
    total += co_await Resume{};
  }
  total += co_await Later{};
  try {
    total += co_await Refuse{9};
  } catch (const std::exception &e) {
    std::printf("caught after resumption %s\n", e.what());
  }
  co_return total;
}
int main() {
  asl::Task<int> t = run();
  std::printf("ready %d\n", t.is_ready());
  later();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
