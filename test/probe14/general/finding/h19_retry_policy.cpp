// h19: a retry/timeout policy library: async function templates taking
// callables by forwarding reference (generic lambdas, function pointers,
// a functor with state), std::invoke_result_t to name the result, and
// if constexpr on whether the callable's task yields void.
// FINDING (repro/r01_forwarding_ref_to_kept_closure.cpp): retry(3, gen, 4)
// passes the coroutine lambda `gen` (an lvalue) to `F &&f`; the lowered
// output names `gen_closure` outside the machine that declares it and
// does not compile (g++ and clang++).
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
#include <functional>
#include <stdexcept>
#include <string>
#include <type_traits>

template <class T> struct task_value;
template <class T> struct task_value<asl::Task<T>> {
  using type = T;
};

template <class F, class... Args>
using result_of_t =
    typename task_value<std::invoke_result_t<F &, Args...>>::type;

template <class F, class... Args>
ASL_ASYNC auto retry(int attempts, F &&f, Args... args)
    -> asl::Task<result_of_t<F, Args...>> {
  using R = result_of_t<F, Args...>;
  for (int i = 1;; ++i) {
    try {
      if constexpr (std::is_void_v<R>) {
        co_await std::invoke(f, args...);
        std::printf("  ok on attempt %d\n", i);
        co_return;
      } else {
        R r = co_await std::invoke(f, args...);
        std::printf("  ok on attempt %d\n", i);
        co_return r;
      }
    } catch (const std::runtime_error &e) {
      std::printf("  attempt %d failed: %s\n", i, e.what());
      if (i == attempts)
        throw;
    }
    co_await tick();
  }
}

struct Flaky {
  int failures;
  ASL_ASYNC asl::Task<int> operator()(int x) {
    co_await tick();
    if (failures-- > 0)
      throw std::runtime_error("flaky " + std::to_string(x));
    co_return x * 3;
  }
};

ASL_ASYNC asl::Task<std::string> greet(std::string who) {
  co_await tick();
  co_return "hi " + who;
}

ASL_ASYNC asl::Task<int> main_task() {
  Flaky flaky{2};
  int a = co_await retry(5, flaky, 7);
  int calls = 0;
  auto gen = [&calls](auto v) -> asl::Task<decltype(v)> {
    co_await tick();
    if (++calls < 2)
      throw std::runtime_error("gen");
    co_return v + v;
  };
  int b = co_await retry(3, gen, 4);
  std::string s = co_await retry(1, greet, std::string("bob"));
  int voids = 0;
  auto side = [&voids]() -> asl::Task<void> {
    co_await tick();
    if (voids++ == 0)
      throw std::runtime_error("void once");
  };
  co_await retry(2, side);
  try {
    Flaky hopeless{9};
    co_await retry(2, hopeless, 1);
  } catch (const std::exception &e) {
    std::printf("  gave up: %s\n", e.what());
  }
  std::printf("  %d %d %s voids=%d\n", a, b, s.c_str(), voids);
  co_return a + b;
}

int main() {
  auto t = main_task();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
