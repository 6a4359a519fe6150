// h34: setup code written with immediately-invoked coroutine lambdas:
// a lifted const initialised by an awaited IIFE, IIFEs created one by
// one and handed to when_all, an IIFE in an if condition, a generic IIFE,
// and an IIFE capturing a structured binding by reference.
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
#include <asl/when_all.h>

#include <map>
#include <string>
#include <utility>

ASL_ASYNC asl::Task<int> config_value(const std::string &k) {
  co_await tick();
  co_return static_cast<int>(k.size()) * 10;
}

ASL_ASYNC asl::Task<std::string> setup() {
  const int threads = co_await [&]() -> asl::Task<int> {
    int v = co_await config_value("threads");
    co_return v > 50 ? 50 : v;
  }();
  std::map<std::string, int> limits{{"cpu", 2}, {"mem", 4}};
  auto first = [&limits]() -> asl::Task<int> {
    co_await tick();
    co_return limits.at("cpu");
  }();
  auto second = [&limits]() -> asl::Task<int> {
    co_await tick();
    co_await tick();
    co_return limits.at("mem");
  }();
  auto [cpu, mem] =
      co_await asl::when_all(std::move(first), std::move(second));
  if (int extra = co_await [cpu]() -> asl::Task<int> {
        co_await tick();
        co_return cpu * 3;
      }();
      extra > 5) {
    std::printf("  extra %d\n", extra);
  }
  auto sized = co_await [](auto x) -> asl::Task<std::size_t> {
    co_await tick();
    co_return sizeof(x);
  }(threads);
  std::pair<std::string, int> entry{"disk", 8};
  auto &[key, val] = entry;
  std::string desc = co_await [&key, &val]() -> asl::Task<std::string> {
    co_await tick();
    val += 1;
    co_return key + ":" + std::to_string(val);
  }();
  co_return "threads=" + std::to_string(threads) + " cpu=" +
      std::to_string(cpu) + " mem=" + std::to_string(mem) + " sized=" +
      std::to_string(sized) + " " + desc + " entry=" +
      std::to_string(entry.second);
}

int main() {
  auto t = setup();
  drain();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
}
