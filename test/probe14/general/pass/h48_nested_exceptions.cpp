// h48: layered error handling in a storage stack: std::throw_with_nested
// after awaits, std::rethrow_if_nested unwrapped by a recursive printer,
// an std::exception_ptr captured in a catch, kept across awaits and
// rethrown later, a catch-all that translates with throw_with_nested,
// and destructors of guards in each layer.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// Our own scheduler: suspended awaits queue here, drain() resumes them
// in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> [[maybe_unused]] static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// tick(): suspends once, yields nothing.
struct Tick {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  void await_resume() const noexcept {}
};
[[maybe_unused]] static Tick tick() { return {}; }
// A guard whose constructor and destructor print.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <exception>
#include <stdexcept>
#include <string>

static void print_nested(const std::exception &e, int level = 0) {
  std::printf("  %*s%s\n", level * 2, "", e.what());
  try {
    std::rethrow_if_nested(e);
  } catch (const std::exception &inner) {
    print_nested(inner, level + 1);
  }
}

ASL_ASYNC asl::Task<int> disk_read(int block) {
  Guard g("disk");
  co_await tick();
  if (block == 13)
    throw std::runtime_error("bad sector " + std::to_string(block));
  co_return block * 2;
}

ASL_ASYNC asl::Task<int> fs_read(int block) {
  Guard g("fs");
  try {
    co_return co_await disk_read(block);
  } catch (...) {
    std::throw_with_nested(
        std::runtime_error("fs: cannot read block " + std::to_string(block)));
  }
}

ASL_ASYNC asl::Task<int> app_read(int block) {
  try {
    int v = co_await fs_read(block);
    co_await tick();
    co_return v;
  } catch (const std::exception &) {
    std::throw_with_nested(std::logic_error("app: load failed"));
  }
}

ASL_ASYNC asl::Task<int> run() {
  int ok = co_await app_read(4);
  std::exception_ptr saved;
  try {
    co_await app_read(13);
  } catch (const std::exception &e) {
    print_nested(e);
    saved = std::current_exception();
  }
  int after = co_await disk_read(5);
  try {
    if (saved)
      std::rethrow_exception(saved);
  } catch (const std::logic_error &e) {
    std::printf("  rethrown later: %s\n", e.what());
  }
  co_return ok + after;
}

int main() {
  auto t = run();
  drain();
  std::printf("run %d\n", asl::sync_wait(std::move(t)));
}
