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
#include <asl/mutex.h>
#include <asl/when_all.h>

#include <string>
#include <vector>

// Fan-out/fan-in with the runtime's combinators: when_all of tasks of
// different types bound with a structured binding, when_all of a vector
// built in a loop, an asl::Mutex guarding shared state with the lock held
// across awaits, and an exception from one branch of a when_all.

struct Stats {
  asl::Mutex mu;
  std::vector<std::string> log;
};

ASL_ASYNC asl::Task<int> worker(Stats &s, int id, int steps) {
  int done = 0;
  for (int i = 0; i < steps; ++i) {
    asl::MutexLock held = co_await s.mu.lock();
    s.log.push_back(std::to_string(id) + "." + std::to_string(i));
    co_await later(0);
    ++done;
  }
  co_return done * id;
}

ASL_ASYNC asl::Task<std::string> name_of(int id) {
  co_return "w" + std::to_string(co_await later(id));
}

ASL_ASYNC asl::Task<void> fails(int when) {
  co_await later(when);
  throw std::runtime_error("branch failed");
}

ASL_ASYNC asl::Task<int> run(Stats &s) {
  // Tasks start eagerly: made one by one, so the order does not depend on
  // the compiler's order of evaluating arguments.
  asl::Task<int> w1 = worker(s, 1, 2);
  asl::Task<std::string> nm = name_of(9);
  asl::Task<int> w2 = worker(s, 2, 2);
  auto [a, n, b] =
      co_await asl::when_all(std::move(w1), std::move(nm), std::move(w2));
  std::printf("  a=%d n=%s b=%d\n", a, n.c_str(), b);
  std::vector<asl::Task<int>> ts;
  for (int id = 3; id <= 5; ++id)
    ts.push_back(worker(s, id, id - 2));
  int sum = 0;
  for (int r : co_await asl::when_all(std::move(ts)))
    sum += r;
  try {
    asl::Task<void> f = fails(1);
    co_await asl::when_all(std::move(f), worker(s, 7, 1));
  } catch (const std::exception &e) {
    std::printf("  caught %s\n", e.what());
  }
  co_return a + b + sum;
}

int main() {
  Stats s;
  asl::Task<int> t = run(s);
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::string all;
  for (auto &l : s.log)
    all += l + " ";
  std::printf("%s\n", all.c_str());
}
