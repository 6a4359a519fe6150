// h30: a metrics aggregator template: an async function template holding
// a generic coroutine lambda (called with two argument types) and a
// non-generic coroutine lambda capturing by reference and by copy; a
// class template with CTAD (Box b{5}) whose async member is awaited; a
// generic coroutine lambda with a pack; and a template lambda coroutine
// inside an async template.
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

template <class T> class Box {
public:
  explicit Box(T v) : v_(std::move(v)) {}
  ASL_ASYNC asl::Task<T> get() const {
    co_await tick();
    co_return v_;
  }

private:
  T v_;
};

template <class T>
ASL_ASYNC asl::Task<std::string> aggregate(std::vector<T> samples, T bias) {
  T total{};
  auto add = [&total, bias](auto x) -> asl::Task<int> {
    co_await tick();
    total += static_cast<T>(x) + bias;
    co_return 1;
  };
  auto fmt = [&total](const char *tag) -> asl::Task<std::string> {
    co_await tick();
    co_return std::string(tag) + "=" + std::to_string(total);
  };
  int n = 0;
  for (const T &s : samples)
    n += co_await add(s);
  n += co_await add(1);
  auto scale = []<class U>(U by) -> asl::Task<U> {
    co_await tick();
    co_return by * 2;
  };
  T doubled = co_await scale(bias);
  std::string out = co_await fmt("sum");
  co_return out + " n=" + std::to_string(n) + " d=" + std::to_string(doubled);
}

ASL_ASYNC asl::Task<int> main_task() {
  std::string a = co_await aggregate(std::vector<int>{1, 2, 3}, 10);
  std::string b = co_await aggregate(std::vector<double>{0.5}, 1.0);
  std::printf("  %s\n  %s\n", a.c_str(), b.c_str());
  Box box{5};
  Box name{std::string("boxed")};
  int v = co_await box.get();
  std::string s = co_await name.get();
  auto count_all = [](auto... xs) -> asl::Task<std::size_t> {
    co_await tick();
    co_return sizeof...(xs);
  };
  std::size_t k = co_await count_all(1, s, 2.0);
  std::size_t z = co_await count_all();
  std::printf("  %d %s %zu %zu\n", v, s.c_str(), k, z);
  co_return v + static_cast<int>(k + z);
}

int main() {
  auto t = main_task();
  drain();
  std::printf("done %d\n", asl::sync_wait(std::move(t)));
}
