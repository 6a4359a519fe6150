// The oneTBB side of B5 and B6: the same fib and skynet, written the way the
// oneTBB documentation writes them, with a task_group per call, in an arena
// of 2 threads (the calling thread and one worker), the parallelism of a
// 2-worker asl::ThreadPool. Plain C++17; no async-lower involved.
#include "bench_support.h"

#include <oneapi/tbb/task_arena.h>
#include <oneapi/tbb/task_group.h>

#include <cstdlib>
#include <optional>

namespace {

long fib(int n) {
  if (n < 2)
    return n;
  long first = 0;
  tbb::task_group group;
  group.run([&] { first = fib(n - 1); });
  long second = fib(n - 2);
  group.wait();
  return first + second;
}

long skynet(long num, long size) {
  if (size == 1)
    return num;
  long parts[10];
  long child_size = size / 10;
  tbb::task_group group;
  for (long i = 0; i < 10; ++i)
    group.run([&parts, num, child_size, i] {
      parts[i] = skynet(num + i * child_size, child_size);
    });
  group.wait();
  long sum = 0;
  for (long part : parts)
    sum += part;
  return sum;
}

int env_or(const char *name, int fallback) {
  const char *value = std::getenv(name);
  return value != nullptr ? std::atoi(value) : fallback;
}

const int fib_n = env_or("ASL_BENCH_FIB", 30);
const long skynet_leaves = env_or("ASL_BENCH_SKYNET", 1000000);

long fib_expected(int n) {
  return n < 2 ? n : fib_expected(n - 1) + fib_expected(n - 2);
}
long fib_calls(int n) {
  return n < 2 ? 1 : 1 + fib_calls(n - 1) + fib_calls(n - 2);
}

std::optional<tbb::task_arena> arena;

struct Fib {
  static constexpr const char *name = "B5/fib";
  static inline const long ops = fib_calls(fib_n);
  static void setup() {
    arena.emplace(2);
    arena->initialize();
  }
  static void call() {
    long value = arena->execute([] { return fib(fib_n); });
    if (value != fib_expected(fib_n))
      std::abort();
  }
  static void teardown() { arena.reset(); }
};

struct Skynet {
  static constexpr const char *name = "B6/skynet";
  static inline const long ops = skynet_leaves * 10 / 9;
  static void setup() {
    arena.emplace(2);
    arena->initialize();
  }
  static void call() {
    long sum = arena->execute([] { return skynet(0, skynet_leaves); });
    if (sum != skynet_leaves * (skynet_leaves - 1) / 2)
      std::abort();
  }
  static void teardown() { arena.reset(); }
};

void no_frames() {}

} // namespace

ASL_BENCH_MAIN_POOL(no_frames, Fib, Skynet)
