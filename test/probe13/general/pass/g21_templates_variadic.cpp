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
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

// Template-heavy async code: a variadic "gather" folding awaits over a
// pack, compile-time recursion through template<int N>, a CRTP base whose
// async member awaits the derived class's hook, an async member template
// deduced from a generic lambda, and overloads chosen by enable_if.

template <class T> ASL_ASYNC asl::Task<T> fetch(T v) {
  co_return co_await later(v);
}

template <class... Ts> ASL_ASYNC asl::Task<std::string> gather(Ts... vs) {
  std::string out;
  ((out += std::to_string(co_await fetch(vs)) + ";"), ...);
  auto total = (0.0 + ... + co_await fetch(vs));
  co_return out + "=" + std::to_string(static_cast<int>(total));
}

template <int N> ASL_ASYNC asl::Task<long> fact() {
  if constexpr (N <= 1) {
    co_return 1;
  } else {
    long below = co_await fact<N - 1>();
    co_return N * below + co_await later(0L);
  }
}

template <class Derived> class Pipeline {
public:
  ASL_ASYNC asl::Task<int> run(std::vector<int> in) {
    int acc = 0;
    for (int x : in) {
      if (!self().accept(x))
        continue;
      acc = co_await self().combine(acc, co_await later(x));
    }
    co_return acc;
  }

private:
  Derived &self() { return static_cast<Derived &>(*this); }
};

class Summer : public Pipeline<Summer> {
public:
  bool accept(int x) const { return x > 0; }
  ASL_ASYNC asl::Task<int> combine(int a, int b) { co_return a + b; }
};
class Multiplier : public Pipeline<Multiplier> {
public:
  int seen = 0;
  bool accept(int) { return ++seen % 2 == 1; }
  ASL_ASYNC asl::Task<int> combine(int a, int b) {
    co_await later(0);
    co_return (a ? a : 1) * b;
  }
};

struct Mapper {
  template <class F>
  ASL_ASYNC asl::Task<std::vector<int>> map(std::vector<int> v, F f) {
    for (auto &x : v)
      x = f(co_await later(x));
    co_return v;
  }
};

template <class T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
ASL_ASYNC asl::Task<std::string> kind(T v) {
  co_return "int:" + std::to_string(co_await later(v));
}
template <class T, std::enable_if_t<!std::is_integral_v<T>, int> = 0>
ASL_ASYNC asl::Task<std::string> kind(T v) {
  co_return "other:" + std::to_string(static_cast<int>(co_await later(v)));
}

ASL_ASYNC asl::Task<void> run() {
  std::printf("  %s\n", (co_await gather(1, 2L, 3.5, 'A')).c_str());
  std::printf("  %s\n", (co_await gather(7)).c_str());
  std::printf("  fact %ld %ld\n", co_await fact<5>(), co_await fact<1>());
  Summer s;
  Multiplier m;
  std::printf("  sum %d mul %d\n", co_await s.run({3, -1, 4}),
              co_await m.run({2, 9, 3, 9, 4}));
  Mapper mp;
  int k = 3;
  auto v = co_await mp.map({1, 2, 3}, [k](auto x) { return x * k; });
  auto w = co_await mp.map(v, [](int x) { return -x; });
  std::printf("  map %d %d %d\n", v[2], w[0], w[2]);
  std::printf("  %s %s %s\n", (co_await kind(4)).c_str(),
              (co_await kind(2.5)).c_str(), (co_await kind('c')).c_str());
}

int main() {
  asl::Task<void> t = run();
  drain();
  asl::sync_wait(std::move(t));
}
