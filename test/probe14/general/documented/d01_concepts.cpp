// d01: an async function template constrained by a concept and one with a
// requires-clause (C++20 syntax outside async bodies: design.md says the
// output keeps it as written and the C++17 build fails).
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
#include <concepts>
#include <string>

template <class T>
concept Numeric = std::integral<T> || std::floating_point<T>;

template <Numeric T> ASL_ASYNC asl::Task<T> twice(T v) {
  T x = co_await later(v);
  co_return x + x;
}

template <class T>
  requires(sizeof(T) > 1)
ASL_ASYNC asl::Task<std::string> name_of(T v) {
  co_await tick();
  co_return std::to_string(v);
}

int main() {
  auto a = twice(21);
  auto b = name_of(7L);
  drain();
  std::printf("%d %s\n", asl::sync_wait(std::move(a)),
              asl::sync_wait(std::move(b)).c_str());
}
