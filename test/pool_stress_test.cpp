// pool_stress_test.cpp - random spawn/await graphs on pools of 1, 2 and 8
// workers, checked against a checksum computed serially from the same seeds,
// with a watchdog that fails the run if every worker sleeps while work is
// queued.
//
// Every node of a graph hops onto the pool (schedule or yield), then has up
// to four children, each of which its parent awaits directly, gathers with
// when_all, spawns (fire and forget, reporting into a sink), or awaits as a
// task that fails and is caught. The shape depends only on the seeds.
//
// ASL_STRESS_SCALE scales the number of tasks: 1 runs about 100,000 per
// pool size; test/stress.sh runs the full counts (millions).
#include <asl/spawn.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "async_test_support.h"

namespace {

using namespace std::chrono_literals;

std::uint64_t mix(std::uint64_t x) {
  // splitmix64's finalizer.
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// The shape of the graph, from a node's seed.
struct shape {
  static int children(std::uint64_t seed) { return 1 + mix(seed) % 4; }
  static std::uint64_t child(std::uint64_t seed, int i) {
    return mix(seed * 31 + static_cast<std::uint64_t>(i) + 1);
  }
  enum kind { awaited, gathered, spawned, failing };
  static kind kind_of(std::uint64_t seed, int i) {
    return static_cast<kind>(mix(seed ^ (0xA5A5A5A5ull << i)) % 4);
  }
  static std::uint64_t value(std::uint64_t seed) { return seed % 1000 + 1; }
  static constexpr std::uint64_t caught_value = 7;
};

// The checksum and the number of tasks, computed without the runtime.
void expected(std::uint64_t seed, int depth, std::uint64_t &sum,
              std::uint64_t &tasks) {
  ++tasks;
  sum += shape::value(seed);
  if (depth == 0)
    return;
  for (int i = 0; i != shape::children(seed); ++i) {
    if (shape::kind_of(seed, i) == shape::failing) {
      ++tasks;
      sum += shape::caught_value;
    } else {
      expected(shape::child(seed, i), depth - 1, sum, tasks);
    }
  }
}

// Where spawned subgraphs report.
struct sink {
  std::atomic<std::uint64_t> sum{0};
  std::atomic<std::uint64_t> running{0};
};

struct node_failed : std::runtime_error {
  node_failed() : std::runtime_error("node failed") {}
};

asl::Task<std::uint64_t> fail_on(asl::ThreadPool &pool) {
  co_await pool.yield();
  throw node_failed();
}

asl::Task<void> detached(asl::ThreadPool &pool, std::uint64_t seed, int depth,
                         sink &out);

asl::Task<std::uint64_t> grow(asl::ThreadPool &pool, std::uint64_t seed,
                              int depth, sink &out) {
  if (mix(seed) % 2 == 0)
    co_await pool.schedule();
  else
    co_await pool.yield();
  std::uint64_t sum = shape::value(seed);
  if (depth == 0)
    co_return sum;

  std::vector<asl::Task<std::uint64_t>> gathered;
  for (int i = 0; i != shape::children(seed); ++i) {
    std::uint64_t child = shape::child(seed, i);
    switch (shape::kind_of(seed, i)) {
    case shape::awaited:
      sum += co_await grow(pool, child, depth - 1, out);
      break;
    case shape::gathered:
      gathered.push_back(grow(pool, child, depth - 1, out));
      break;
    case shape::spawned:
      out.running.fetch_add(1);
      asl::spawn(pool, [&pool, child, depth, &out] {
        return detached(pool, child, depth - 1, out);
      });
      break;
    case shape::failing:
      try {
        sum += co_await fail_on(pool);
      } catch (const node_failed &) {
        sum += shape::caught_value;
      }
      break;
    }
  }
  for (std::uint64_t v : co_await asl::when_all(std::move(gathered)))
    sum += v;
  co_return sum;
}

asl::Task<void> detached(asl::ThreadPool &pool, std::uint64_t seed, int depth,
                         sink &out) {
  std::uint64_t v = co_await grow(pool, seed, depth, out);
  out.sum.fetch_add(v);
  out.running.fetch_sub(1);
}

// The deepest graph from `seed` with no more than `budget` tasks.
int depth_for(std::uint64_t seed, std::uint64_t budget) {
  int depth = 1;
  for (;; ++depth) {
    std::uint64_t sum = 0, tasks = 0;
    expected(seed, depth + 1, sum, tasks);
    if (tasks > budget || depth == 40)
      return depth;
  }
}

TEST(PoolStress, RandomGraphsAddUpAtEveryPoolSize) {
  const std::uint64_t budget = asl_test::scaled(50'000, 100);
  for (unsigned workers : {1u, 2u, 8u}) {
    for (std::uint64_t seed : {2ull, 3ull, 4ull}) {
      SCOPED_TRACE(testing::Message() << workers << " workers, seed " << seed);
      int depth = depth_for(seed, budget);
      std::uint64_t want = 0, tasks = 0;
      expected(seed, depth, want, tasks);

      sink out;
      std::uint64_t root = 0;
      {
        asl::ThreadPool pool(workers);
        asl_test::pool_watchdog watchdog(pool);
        root = asl::sync_wait(grow(pool, seed, depth, out));
      } // the destructor waits for the spawned subgraphs
      EXPECT_EQ(out.running.load(), 0u);
      EXPECT_EQ(root + out.sum.load(), want) << tasks << " tasks";
    }
  }
}

// Many small independent graphs started from outside the pool at once:
// stresses the injection queue and stealing rather than one deep graph.
TEST(PoolStress, ManyGraphsFromOutsideAddUp) {
  const std::size_t graphs = asl_test::scaled(300);
  for (unsigned workers : {2u, 8u}) {
    SCOPED_TRACE(workers);
    sink out;
    std::uint64_t want = 0, tasks = 0;
    std::vector<asl::Task<std::uint64_t>> roots;
    std::uint64_t got = 0;
    {
      asl::ThreadPool pool(workers);
      asl_test::pool_watchdog watchdog(pool);
      for (std::size_t g = 0; g != graphs; ++g) {
        expected(1000 + g, 4, want, tasks);
        roots.push_back(grow(pool, 1000 + g, 4, out));
      }
      for (std::uint64_t v : asl::sync_wait(asl::when_all(std::move(roots))))
        got += v;
    }
    EXPECT_EQ(got + out.sum.load(), want) << tasks << " tasks";
  }
}

} // namespace
