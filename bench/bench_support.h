// bench_support.h - what every benchmark program of bench/ shares: a counting
// global operator new, a probe for the size of a coroutine frame, and a main
// that runs the workloads under Google Benchmark, under callgrind, or prints
// their frame sizes.
//
// Each program is written once, as C++20 with ASL_ASYNC functions, and built
// twice from that one source: natively (clang++-19 -std=c++20) and through
// async-lower (clang++-19 -std=c++17). Include this header from exactly one
// source file of a program: it replaces the global operator new.
//
// A workload is a struct with static members:
//
//   struct SyncAwaitLoop {
//     static constexpr const char *name = "B1/sync_await";
//     static constexpr long ops = 1000;      // operations per call()
//     static void setup() {}                 // before the first call()
//     static void call() { ... }             // runs `ops` operations
//     static void teardown() {}              // after the last call()
//   };
//
// A call() that returns a double times itself: the seconds it returns are
// the call's time (Google Benchmark's manual time), so that a workload can
// leave out what is not its operations (B7 beside a hog: handing the tasks
// to the pool and waking the caller at the end).
//
// and is registered with ASL_BENCH_MAIN(frames, SyncAwaitLoop, ...).
#pragma once

#include <benchmark/benchmark.h>

#include <atomic>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <type_traits>
#include <utility>

// Absent from the oneTBB program, which does not use the runtime.
#if __has_include(<asl/detail/frame_allocator.h>)
#include <asl/detail/frame_allocator.h>
#define ASL_BENCH_HAS_FRAME_HOOK 1
#else
#define ASL_BENCH_HAS_FRAME_HOOK 0
#endif

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define ASL_BENCH_HAS_CALLGRIND 1
#else
#define ASL_BENCH_HAS_CALLGRIND 0
#endif

// The machine async-lower generated for `name`, whose size is known at compile
// time; 0 in the native build, where no such class exists.
// ASL_BENCH_BOX_SIZE is the size of the heap box that machine moves into
// (or is built in) when it suspends: the machine plus the task's completion
// state, also a compile-time constant.
#if defined(__cpp_impl_coroutine)
#define ASL_BENCH_MACHINE_SIZE(name) std::size_t(0)
#define ASL_BENCH_BOX_SIZE(name) std::size_t(0)
#define ASL_BENCH_MODE "native"
#else
#define ASL_BENCH_MACHINE_SIZE(name) sizeof(name##_machine)
#define ASL_BENCH_BOX_SIZE(name)                                               \
  sizeof(asl::detail::machine_box<                                             \
         name##_machine,                                                       \
         decltype(std::declval<name##_machine &>().builder_)::result_type>)
#define ASL_BENCH_MODE "lowered"
#endif

namespace bench {

// Allocations made by the threads that have exited, and by this one.
inline std::atomic<long> exited_thread_allocations{0};
struct thread_allocations {
  long count = 0;
  ~thread_allocations() {
    exited_thread_allocations.fetch_add(count, std::memory_order_relaxed);
  }
};
inline thread_local thread_allocations this_thread_allocations;

// Allocations made on the calling thread so far. Per thread and not atomic,
// so that counting adds no contended cache line to the pool benchmarks.
inline long allocations() { return this_thread_allocations.count; }

// Allocations made on the calling thread and by every thread that has exited,
// such as the workers of a pool that has been destroyed.
inline long allocations_including_exited_threads() {
  return allocations() +
         exited_thread_allocations.load(std::memory_order_relaxed);
}

// The frame probe: records the size of the next allocation on any thread.
inline std::atomic<bool> probe_armed{false};
inline std::atomic<long> probe_size{-1};

// Calls `f` and returns the size of the first allocation it makes, or 0.
template <class F> long first_allocation_size(F &&f) {
  probe_size.store(0, std::memory_order_relaxed);
  probe_armed.store(true, std::memory_order_relaxed);
  f();
  probe_armed.store(false, std::memory_order_relaxed);
  return probe_size.load(std::memory_order_relaxed);
}

// One line of the frame table. Native: the size of the frame allocation the
// call made, as clang sized it (the first allocation of the call). Lowered:
// sizeof the machine and of its box, and the first allocation of the call,
// which is 0 when it finished without suspending.
inline void print_frame(const char *function, long first_allocation,
                        std::size_t machine_size, std::size_t box_size) {
  std::printf("{\"function\": \"%s\", \"mode\": \"%s\", "
              "\"first_allocation\": %ld, \"machine_sizeof\": %zu, "
              "\"box_sizeof\": %zu}\n",
              function, ASL_BENCH_MODE, first_allocation, machine_size,
              box_size);
}

// Prints the frame line of `function`, called as `call`.
#define ASL_BENCH_FRAME(function, call)                                        \
  bench::print_frame(#function, bench::first_allocation_size(call),            \
                     ASL_BENCH_MACHINE_SIZE(function),                         \
                     ASL_BENCH_BOX_SIZE(function))

// Allocations are counted from before setup() to after teardown(), so that
// the allocations of a pool's workers, which reach the total when they exit,
// are included; setup and teardown allocate a handful at most.
template <class W> void run_timed(benchmark::State &state) {
  long before = allocations_including_exited_threads();
  W::setup();
  for (auto _ : state) {
    if constexpr (std::is_same_v<decltype(W::call()), double>)
      state.SetIterationTime(W::call());
    else
      W::call();
  }
  W::teardown();
  long after = allocations_including_exited_threads();
  double operations = double(state.iterations()) * double(W::ops);
  state.counters["ops_per_call"] = double(W::ops);
  state.counters["allocs_per_op"] = double(after - before) / operations;
}

// Runs `calls` calls under callgrind and dumps their instruction count,
// named after the workload, so that the runner can read it per operation.
template <class W> void run_counted(long calls) {
  W::setup();
  for (long i = 0; i != calls / 10 + 1; ++i) // warm up caches and the heap
    W::call();
#if ASL_BENCH_HAS_CALLGRIND
  CALLGRIND_ZERO_STATS;
#endif
  for (long i = 0; i != calls; ++i)
    W::call();
#if ASL_BENCH_HAS_CALLGRIND
  std::string label = std::string(W::name) + " " + std::to_string(calls);
  CALLGRIND_DUMP_STATS_AT(label.c_str());
#endif
  W::teardown();
}

template <class W> void register_workload(bool pool_based) {
  auto *b = benchmark::RegisterBenchmark(W::name, &run_timed<W>);
  if (std::is_same_v<decltype(W::call()), double>)
    b->UseManualTime();
  else if (pool_based)
    b->UseRealTime();
}

// `calls` is how many calls of each workload are counted under callgrind.
template <class... Ws>
int main_with(int argc, char **argv, void (*frames)(), bool pool_based) {
  if (argc > 1 && std::strcmp(argv[1], "--frames") == 0) {
    frames();
    return 0;
  }
  if (argc > 2 && std::strcmp(argv[1], "--count-instructions") == 0) {
    long calls = std::atol(argv[2]);
    (run_counted<Ws>(calls), ...);
    return 0;
  }
  (register_workload<Ws>(pool_based), ...);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv))
    return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

} // namespace bench

// The counting operator new. Not inlined, so that no compiler pairs the
// malloc below with a delete and elides the pair on one side only.
[[gnu::noinline]] void *operator new(std::size_t size) {
  ++bench::this_thread_allocations.count;
  if (bench::probe_armed.load(std::memory_order_relaxed) &&
      bench::probe_armed.exchange(false, std::memory_order_relaxed))
    bench::probe_size.store(long(size), std::memory_order_relaxed);
  if (void *p = std::malloc(size != 0 ? size : 1))
    return p;
  throw std::bad_alloc();
}
[[gnu::noinline]] void operator delete(void *p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete(void *p, std::size_t) noexcept {
  std::free(p);
}

#if ASL_BENCH_HAS_FRAME_HOOK
namespace bench {
// Boxes and native frames come from the runtime's frame cache, not from
// operator new: its hook counts them and feeds the frame probe.
inline void count_frame(std::size_t size) noexcept {
  ++this_thread_allocations.count;
  if (probe_armed.load(std::memory_order_relaxed) &&
      probe_armed.exchange(false, std::memory_order_relaxed))
    probe_size.store(long(size), std::memory_order_relaxed);
}
inline const bool frame_hook_installed =
    (asl::detail::frame_allocation_hook = &count_frame, true);
} // namespace bench
#endif

// The main of a benchmark program: `frames` prints its frame table, the
// workloads follow.
#define ASL_BENCH_MAIN(frames, ...)                                            \
  int main(int argc, char **argv) {                                            \
    return bench::main_with<__VA_ARGS__>(argc, argv, frames, false);           \
  }
#define ASL_BENCH_MAIN_POOL(frames, ...)                                       \
  int main(int argc, char **argv) {                                            \
    return bench::main_with<__VA_ARGS__>(argc, argv, frames, true);            \
  }
