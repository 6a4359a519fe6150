// B1 and B2: async calls that complete synchronously. A lowered call runs its
// machine on the caller's stack and allocates nothing; a native call
// allocates its frame (clang 19 elides none of these).
//   B1  an async function awaiting a task that is already complete, in a loop
//       of 1000 awaits; once with a callee the compiler may inline, once with
//       one it may not
//   B2  a chain of 32 async calls, each awaiting the next
#include "bench_support.h"

#include <asl/task.h>

ASL_ASYNC asl::Task<int> add_one(int x) { co_return x + 1; }

// ASL_ASYNC comes first: async-lower misplaces the machine when a standard
// attribute precedes it (see docs/performance.md, "Noticed").
ASL_ASYNC [[gnu::noinline]] asl::Task<int> add_one_noinline(int x) {
  co_return x + 1;
}

ASL_ASYNC asl::Task<long> sum_of_awaits(int n) {
  long sum = 0;
  for (int i = 0; i < n; ++i) {
    int value = co_await add_one(i);
    sum += value;
  }
  co_return sum;
}

ASL_ASYNC asl::Task<long> sum_of_awaits_noinline(int n) {
  long sum = 0;
  for (int i = 0; i < n; ++i) {
    int value = co_await add_one_noinline(i);
    sum += value;
  }
  co_return sum;
}

ASL_ASYNC asl::Task<int> chain(int depth) {
  if (depth == 0)
    co_return 0;
  int below = co_await chain(depth - 1);
  co_return below + 1;
}

namespace {

constexpr int awaits_per_call = 1000;
constexpr int chain_depth = 32;
constexpr int chains_per_call = 10;

// Opaque to the optimizer, so that no loop count is a constant.
int opaque(int n) {
  benchmark::DoNotOptimize(n);
  return n;
}

struct SyncAwait {
  static constexpr const char *name = "B1/sync_await";
  static constexpr long ops = awaits_per_call;
  static void setup() {}
  static void call() {
    long sum = asl::sync_wait(sum_of_awaits(opaque(awaits_per_call)));
    benchmark::DoNotOptimize(sum);
  }
  static void teardown() {}
};

struct SyncAwaitNoinline {
  static constexpr const char *name = "B1/sync_await_noinline";
  static constexpr long ops = awaits_per_call;
  static void setup() {}
  static void call() {
    long sum = asl::sync_wait(sum_of_awaits_noinline(opaque(awaits_per_call)));
    benchmark::DoNotOptimize(sum);
  }
  static void teardown() {}
};

struct SyncChain {
  static constexpr const char *name = "B2/sync_chain32";
  static constexpr long ops = chains_per_call;
  static void setup() {}
  static void call() {
    for (int i = 0; i < chains_per_call; ++i) {
      int depth = asl::sync_wait(chain(opaque(chain_depth)));
      benchmark::DoNotOptimize(depth);
    }
  }
  static void teardown() {}
};

void print_frames() {
  ASL_BENCH_FRAME(add_one, [] { asl::sync_wait(add_one(1)); });
  ASL_BENCH_FRAME(sum_of_awaits, [] { asl::sync_wait(sum_of_awaits(1)); });
  ASL_BENCH_FRAME(chain, [] { asl::sync_wait(chain(1)); });
}

} // namespace

ASL_BENCH_MAIN(print_frames, SyncAwait, SyncAwaitNoinline, SyncChain)
