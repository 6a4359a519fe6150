#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
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
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <map>
#include <string>
#include <vector>

// Generic coroutine lambdas in a data pipeline: an auto-parameter
// coroutine lambda kept across awaits and called with int, string and
// vector arguments (one machine per type), a coroutine lambda capturing
// this in a member, a coroutine lambda returning a coroutine lambda's
// result, and a non-coroutine generic lambda kept across awaits.

class Pipeline {
public:
  std::map<std::string, int> stats;

  ASL_ASYNC asl::Task<int> run(std::vector<std::string> words) {
    auto count = [this](const std::string &w) -> asl::Task<int> {
      int n = co_await later(static_cast<int>(w.size()));
      stats[w] += n;
      co_return n;
    };
    int total = 0;
    for (const auto &w : words)
      total += co_await count(w);
    co_return total;
  }
};

ASL_ASYNC asl::Task<std::string> convert() {
  auto norm = [](auto v) -> asl::Task<std::string> {
    co_await later(0);
    if constexpr (std::is_same_v<decltype(v), int>)
      co_return "i" + std::to_string(v);
    else if constexpr (std::is_same_v<decltype(v), std::string>)
      co_return "s" + v;
    else
      co_return "v" + std::to_string(v.size());
  };
  auto twice = [](auto &&f, int x) { return f(x) + f(x + 1); };
  std::string out = co_await norm(4);
  out += co_await norm(std::string("ab"));
  out += co_await norm(std::vector<int>{1, 2, 3});
  int t = twice([](int x) { return x * x; }, co_await later(3));
  auto outer = [&norm](int k) -> asl::Task<std::string> {
    std::string inner = co_await norm(k);
    co_return inner + "/" + co_await norm(std::to_string(k));
  };
  out += " " + co_await outer(7) + " " + std::to_string(t);
  co_return out;
}

int main() {
  Pipeline p;
  asl::Task<int> t = p.run({"to", "be", "or", "not", "to", "be"});
  drain();
  std::printf("total %d\n", asl::sync_wait(std::move(t)));
  for (const auto &[k, v] : p.stats)
    std::printf("  %s %d\n", k.c_str(), v);
  asl::Task<std::string> c = convert();
  drain();
  std::printf("%s\n", asl::sync_wait(std::move(c)).c_str());
}
