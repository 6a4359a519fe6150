// h01: a text-metrics pipeline whose stages are generic coroutine lambdas
// (auto parameters, auto&&, called with int, std::string and a vector),
// kept across the outer coroutine's awaits, one calling another, one
// capturing lifted locals by reference and one by copy.
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
#include <vector>

struct Stats {
  int calls = 0;
  long total = 0;
};

static int weight(int v) { return v; }
static int weight(const std::string &s) { return static_cast<int>(s.size()); }
static int weight(const std::vector<int> &v) {
  int w = 0;
  for (int x : v)
    w += x;
  return w;
}

ASL_ASYNC asl::Task<long> run_pipeline(int scale) {
  Stats stats;
  std::string prefix = "m";
  auto measure = [&stats, scale](const auto &value) -> asl::Task<int> {
    int w = co_await later(weight(value));
    ++stats.calls;
    stats.total += w * scale;
    co_return w * scale;
  };
  auto label = [prefix](auto &&value) -> asl::Task<std::string> {
    std::string s = prefix + std::to_string(weight(value));
    co_await tick();
    co_return s;
  };
  int a = co_await measure(7);
  std::string word = "pipeline";
  int b = co_await measure(word);
  std::vector<int> v{1, 2, 3, 4};
  int c = co_await measure(v);
  std::string la = co_await label(a);
  std::string lb = co_await label(word);
  std::string lc = co_await label(std::vector<int>{9, 9});
  std::printf("a=%d b=%d c=%d %s %s %s\n", a, b, c, la.c_str(), lb.c_str(),
              lc.c_str());
  std::printf("calls=%d total=%ld\n", stats.calls, stats.total);
  co_return stats.total;
}

int main() {
  auto t = run_pipeline(3);
  drain();
  std::printf("result %ld\n", asl::sync_wait(std::move(t)));
  // A generic coroutine lambda outside any coroutine.
  auto twice = [](auto x) -> asl::Task<decltype(x)> {
    auto y = co_await later(x);
    co_return y + y;
  };
  auto t1 = twice(21);
  auto t2 = twice(std::string("ab"));
  drain();
  std::printf("%d %s\n", asl::sync_wait(std::move(t1)),
              asl::sync_wait(std::move(t2)).c_str());
}
