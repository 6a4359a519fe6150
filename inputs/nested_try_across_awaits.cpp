// Checks awaits inside nested try blocks: an exception thrown after a
// resumption (by the awaited task or by the code after the await) reaches the
// innermost matching handler, `throw;` passes it outward, a try block already
// left does not catch it, and the try blocks' locals die before each handler.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};
struct Guard {
  const char *name;
  ~Guard() { std::printf("  ~%s\n", name); }
};

ASL_ASYNC asl::Task<int> fetch(int id) {
  Guard g{"fetch"};
  co_await Pause{};
  if (id == 2)
    throw std::out_of_range("id 2");
  if (id == 3)
    throw std::runtime_error("id 3");
  co_return id * 10;
}

ASL_ASYNC asl::Task<int> run() {
  int total = 0;
  for (int id = 1; id <= 3; ++id) {
    try {
      Guard outer{"outer"};
      try {
        Guard inner{"inner"};
        try {
          total += co_await fetch(id);
          std::printf("  fetched %d\n", id);
        } catch (const std::invalid_argument &) {
          std::puts("  wrong handler");
        }
      } catch (const std::logic_error &e) {
        std::printf("  logic_error handler: %s, rethrow\n", e.what());
        throw;
      }
    } catch (const std::exception &e) {
      std::printf("  outer handler: %s\n", e.what());
    }
  }
  try {
    co_await Pause{};
  } catch (...) {
    std::puts("  wrong: this try block has ended");
  }
  try {
    Guard late{"late"};
    co_await Pause{};
    if (total > 0)
      throw std::runtime_error("after resume");
  } catch (const std::runtime_error &e) {
    std::printf("  caught %s\n", e.what());
  }
  co_await Pause{};
  throw std::invalid_argument("escapes");
}

ASL_ASYNC asl::Task<int> parent() {
  try {
    co_return co_await run();
  } catch (const std::invalid_argument &e) {
    std::printf("  parent caught %s\n", e.what());
  }
  co_return -1;
}

int main() {
  asl::Task<int> t = parent();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
