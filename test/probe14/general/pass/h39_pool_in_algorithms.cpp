// h39: a coroutine on the main thread that calls library algorithms whose
// lambdas run sync_wait on tasks that hop to an asl::ThreadPool (so they
// really suspend), capturing the pool (a reference parameter) and lifted
// locals; results printed from the main thread only.
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
#include <asl/thread_pool.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

ASL_ASYNC asl::Task<long> heavy(asl::ThreadPool &pool, long x, long scale) {
  co_await pool.schedule();
  long r = 0;
  for (long i = 1; i <= x; ++i)
    r += i * scale;
  co_return r;
}

ASL_ASYNC asl::Task<std::string> label(long v) {
  co_await tick();
  co_return "v" + std::to_string(v);
}

ASL_ASYNC asl::Task<std::string> analyse(asl::ThreadPool &pool,
                                         std::vector<long> xs) {
  long scale = co_await later(2L);
  std::vector<long> ys(xs.size());
  std::transform(xs.begin(), xs.end(), ys.begin(), [&pool, scale](long x) {
    return asl::sync_wait(heavy(pool, x, scale));
  });
  std::string first = co_await label(ys.front());
  std::sort(ys.begin(), ys.end(), [&pool](long a, long b) {
    return asl::sync_wait(heavy(pool, a % 7, 1)) <
               asl::sync_wait(heavy(pool, b % 7, 1)) ||
           (a % 7 == b % 7 && a < b);
  });
  long total = std::accumulate(ys.begin(), ys.end(), 0L);
  co_await tick();
  std::string out = first + " sorted:";
  for (long y : ys)
    out += " " + std::to_string(y);
  co_return out + " total " + std::to_string(total) + " " +
      co_await label(scale);
}

int main() {
  asl::ThreadPool pool{2};
  auto t = analyse(pool, {5, 3, 10, 1, 8});
  drain();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
}
