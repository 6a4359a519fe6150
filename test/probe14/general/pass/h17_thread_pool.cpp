// h17: a parallel checksum over chunks on an asl::ThreadPool: each chunk
// task hops to a worker with schedule(), computes, and the results are
// collected with sync_wait in index order (output is deterministic: only
// results are printed, from the main thread); a coroutine lambda kept in
// a vector of std::function runs on the pool too; an exception thrown on
// a worker is rethrown by sync_wait.
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
#include <asl/when_all.h>

#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

static unsigned checksum(const std::vector<int> &v) {
  unsigned h = 17;
  for (int x : v)
    h = h * 31 + static_cast<unsigned>(x);
  return h;
}

ASL_ASYNC asl::Task<unsigned> chunk_sum(asl::ThreadPool &pool,
                                        std::vector<int> chunk, int idx) {
  co_await pool.schedule();
  if (idx == 5)
    throw std::runtime_error("chunk " + std::to_string(idx) + " corrupt");
  unsigned h = checksum(chunk);
  co_await pool.schedule();
  co_return h ^ static_cast<unsigned>(idx);
}

ASL_ASYNC asl::Task<unsigned> combine(asl::ThreadPool &pool, int chunks) {
  std::vector<asl::Task<unsigned>> parts;
  for (int i = 0; i < chunks; ++i) {
    std::vector<int> c(100);
    std::iota(c.begin(), c.end(), i * 100);
    parts.push_back(chunk_sum(pool, std::move(c), i));
  }
  std::vector<unsigned> sums = co_await asl::when_all(std::move(parts));
  unsigned total = 0;
  for (unsigned s : sums)
    total = total * 7 + s;
  co_return total;
}

int main() {
  asl::ThreadPool pool{2};
  std::vector<asl::Task<unsigned>> tasks;
  for (int i = 0; i < 5; ++i) {
    std::vector<int> c(50, i);
    tasks.push_back(chunk_sum(pool, std::move(c), i));
  }
  for (std::size_t i = 0; i < tasks.size(); ++i)
    std::printf("chunk %zu: %u\n", i, asl::sync_wait(std::move(tasks[i])));
  std::printf("combined: %u\n", asl::sync_wait(combine(pool, 4)));
  try {
    asl::sync_wait(combine(pool, 6));
  } catch (const std::exception &e) {
    std::printf("error: %s\n", e.what());
  }
  std::vector<std::function<asl::Task<int>(int)>> jobs;
  for (int k = 1; k <= 3; ++k)
    jobs.push_back([&pool, k](int x) -> asl::Task<int> {
      co_await pool.schedule();
      int r = x * k;
      co_await pool.schedule();
      co_return r + k;
    });
  int acc = 0;
  for (auto &j : jobs)
    acc += asl::sync_wait(j(10));
  std::printf("jobs: %d\n", acc);
}
