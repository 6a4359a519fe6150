// B5 and B6: many small tasks on a 2-worker asl::ThreadPool. The runtime has
// no spawn() yet, so a task is "spawned" by calling an async function that
// starts with `co_await pool.schedule()`: the call posts the rest of its body
// to the calling worker's deque, where the other worker may steal it, and
// returns its Task at once. The parent joins by awaiting that Task.
//   B5  fib(n), spawning the fib(n-1) branch of every call and computing
//       fib(n-2) inline, as the oneTBB task_group and Go versions do
//   B6  skynet: a tree of 1,111,111 tasks, fan-out 10, summing the leaves
#include "bench_support.h"

#include <asl/task.h>

#include <cstdlib>
#include <optional>
#include <vector>

ASL_ASYNC asl::Task<long> fib(asl::ThreadPool &pool, int n, bool spawned) {
  if (spawned) {
    co_await pool.schedule();
  }
  if (n < 2)
    co_return n;
  asl::Task<long> first = fib(pool, n - 1, true);
  long second = co_await fib(pool, n - 2, false);
  long first_value = co_await std::move(first);
  co_return first_value + second;
}

ASL_ASYNC asl::Task<long> skynet(asl::ThreadPool &pool, long num, long size) {
  co_await pool.schedule();
  if (size == 1)
    co_return num;
  std::vector<asl::Task<long>> children;
  children.reserve(10);
  long child_size = size / 10;
  for (long i = 0; i < 10; ++i)
    children.push_back(skynet(pool, num + i * child_size, child_size));
  long sum = 0;
  for (long i = 0; i < 10; ++i) {
    long part = co_await std::move(children[i]);
    sum += part;
  }
  co_return sum;
}

namespace {

// Sizes come from the environment so that `scripts/bench --quick` can shrink
// them: ASL_BENCH_FIB (30) and ASL_BENCH_SKYNET (1000000 leaves).
int env_or(const char *name, int fallback) {
  const char *value = std::getenv(name);
  return value != nullptr ? std::atoi(value) : fallback;
}

const int fib_n = env_or("ASL_BENCH_FIB", 30);
const long skynet_leaves = env_or("ASL_BENCH_SKYNET", 1000000);

long fib_expected(int n) {
  return n < 2 ? n : fib_expected(n - 1) + fib_expected(n - 2);
}
// Calls of fib() that fib(n) makes, itself included.
long fib_calls(int n) {
  return n < 2 ? 1 : 1 + fib_calls(n - 1) + fib_calls(n - 2);
}

std::optional<asl::ThreadPool> pool;

struct Fib {
  static constexpr const char *name = "B5/fib";
  // An operation is one async call (a task); a run of fib(30) makes 2,692,537.
  static inline const long ops = fib_calls(fib_n);
  static void setup() { pool.emplace(2); }
  static void call() {
    long value = asl::sync_wait(fib(*pool, fib_n, false));
    if (value != fib_expected(fib_n))
      std::abort();
  }
  static void teardown() { pool.reset(); }
};

struct Skynet {
  static constexpr const char *name = "B6/skynet";
  // An operation is one async call (a task): 1,111,111 for a million leaves.
  static inline const long ops = skynet_leaves * 10 / 9;
  static void setup() { pool.emplace(2); }
  static void call() {
    long sum = asl::sync_wait(skynet(*pool, 0, skynet_leaves));
    if (sum != skynet_leaves * (skynet_leaves - 1) / 2)
      std::abort();
  }
  static void teardown() { pool.reset(); }
};

void print_frames() {
  asl::ThreadPool frames_pool(1);
  ASL_BENCH_FRAME(fib, [&] { asl::sync_wait(fib(frames_pool, 1, false)); });
  ASL_BENCH_FRAME(skynet, [&] { asl::sync_wait(skynet(frames_pool, 0, 1)); });
}

} // namespace

ASL_BENCH_MAIN_POOL(print_frames, Fib, Skynet)
