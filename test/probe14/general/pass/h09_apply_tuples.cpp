// h09: fan-out of a request to three backends kept in a tuple of tasks:
// std::apply opens the tuple into asl::when_all, structured bindings of
// the result, std::apply over a tuple of arguments into an async
// function, and a tuple of tasks awaited one by one with a fold.
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

#include <string>
#include <tuple>

ASL_ASYNC asl::Task<int> users(int id) {
  co_await tick();
  co_return id * 10;
}
ASL_ASYNC asl::Task<std::string> profile(int id) {
  co_await tick();
  co_await tick();
  co_return "profile" + std::to_string(id);
}
ASL_ASYNC asl::Task<double> score(int id) { co_return id / 4.0; }

ASL_ASYNC asl::Task<std::string> join3(int a, std::string b, double c) {
  co_await tick();
  co_return std::to_string(a) + "|" + b + "|" + std::to_string(c);
}

template <class... Ts>
ASL_ASYNC asl::Task<int> count_ready(std::tuple<asl::Task<Ts>...> &ts) {
  int ready = 0;
  co_await std::apply(
      [&ready](auto &...t) -> asl::Task<void> {
        ((ready += t.is_ready() ? 1 : 0), ...);
        co_return;
      },
      ts);
  co_return ready;
}

ASL_ASYNC asl::Task<std::string> fan_out(int id) {
  std::tuple<asl::Task<int>, asl::Task<std::string>, asl::Task<double>> ts{
      users(id), profile(id), score(id)};
  int ready = co_await count_ready(ts);
  auto [u, p, s] = co_await std::apply(
      [](auto &&...t) { return asl::when_all(std::move(t)...); },
      std::move(ts));
  std::printf("  ready at start %d: %d %s %.2f\n", ready, u, p.c_str(), s);
  auto args = std::make_tuple(u, p, s);
  std::string joined = co_await std::apply(join3, args);
  std::tuple<asl::Task<int>, asl::Task<int>> pair{users(1), users(2)};
  int sum = co_await std::apply(
      [](auto &...t) -> asl::Task<int> {
        int acc = 0;
        ((acc += co_await t), ...);
        co_return acc;
      },
      pair);
  co_return joined + " sum=" + std::to_string(sum);
}

int main() {
  auto t = fan_out(3);
  drain();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
}
