// h02: template lambdas ([]<class T>) that are coroutines, at namespace
// scope and inside a coroutine, a generic lambda that is no coroutine
// called inside one, and a template lambda awaiting another.
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
#include <string>
#include <type_traits>
#include <vector>

template <class T> static std::string show(const T &v) {
  if constexpr (std::is_same_v<T, std::string>)
    return "'" + v + "'";
  else
    return std::to_string(v);
}

// Not a coroutine: called inside coroutines (a template lambda that is
// no coroutine is C++20 syntax the output would keep: design.md).
static auto describe = [](const auto &v) {
  using T = std::decay_t<decltype(v)>;
  return std::string(std::is_integral_v<T> ? "int:" : "other:") + show(v);
};

static auto echo = []<class T>(T v) -> asl::Task<T> {
  T copy = co_await later(v);
  co_return copy;
};

ASL_ASYNC asl::Task<int> report() {
  int n = co_await echo(5);
  std::string s = co_await echo(std::string("five"));
  double d = co_await echo(2.5);
  std::printf("%s %s %s\n", describe(n).c_str(), describe(s).c_str(),
              describe(d).c_str());
  std::vector<std::string> log;
  auto push = [&log]<class U>(U &&item) -> asl::Task<void> {
    co_await tick();
    log.push_back(describe(item));
  };
  co_await push(1);
  co_await push(std::string("two"));
  std::string three = "three";
  co_await push(three);
  for (const auto &e : log)
    std::printf("  log %s\n", e.c_str());
  co_return static_cast<int>(log.size()) + n;
}

int main() {
  auto t = report();
  drain();
  std::printf("report %d\n", asl::sync_wait(std::move(t)));
  auto both = []<class A>(A a) -> asl::Task<A> {
    A x = co_await echo(a);
    co_return x + x;
  };
  auto t1 = both(4L);
  auto t2 = both(std::string("xy"));
  drain();
  std::printf("%ld %s\n", asl::sync_wait(std::move(t1)),
              asl::sync_wait(std::move(t2)).c_str());
}
