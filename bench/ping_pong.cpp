// B7: two tasks passing a message back and forth. The runtime has no
// channels yet, so the messages go through two manual-reset events used as
// one-shot signals, each reset by the task it woke before it answers: the
// closest thing to Go's two unbuffered channels. Event::set() resumes the
// waiter inline, so each round trip is one suspension and one resumption.
//   ping_pong           both tasks on the calling thread
//   ping_pong_with_hog  both tasks moved to a 2-worker pool first, with a
//                       third task spinning on the other worker for the
//                       whole exchange (the pool does not preempt: a hog on
//                       the same worker would starve them)
// Both are timed from ping's first message to its last answer (the times
// ping takes itself), as the Go side is: what is left out, starting the hog,
// handing the tasks to the pool and waking the caller when they end, took
// 25 ms of a 30 ms call on the loaded machine of docs/performance.md, while
// 100,000 round trips took 5 ms.
#include "bench_support.h"

#include <asl/task.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <optional>
#include <thread>

using bench_clock = std::chrono::steady_clock;

struct Line {
  asl::Event ping;
  asl::Event pong;
  bench_clock::time_point first_sent;    // by ping, before its first set()
  bench_clock::time_point last_answered; // by ping, after its last await
};

// Each event is set by one task and reset by the other once it woke, before
// that task answers; so no set() can meet an event that is still set.
ASL_ASYNC asl::Task<long> pong(asl::ThreadPool *pool, Line &line, int n) {
  if (pool != nullptr) {
    co_await pool->schedule();
  }
  long answered = 0;
  for (int i = 0; i < n; ++i) {
    co_await line.ping;
    line.ping.reset();
    line.pong.set();
    ++answered;
  }
  co_return answered;
}

ASL_ASYNC asl::Task<long> ping(asl::ThreadPool *pool, Line &line, int n) {
  if (pool != nullptr) {
    co_await pool->schedule();
  }
  long sent = 0;
  line.first_sent = bench_clock::now();
  for (int i = 0; i < n; ++i) {
    line.ping.set();
    co_await line.pong;
    line.pong.reset();
    ++sent;
  }
  line.last_answered = bench_clock::now();
  co_return sent;
}

ASL_ASYNC asl::Task<void> hog(asl::ThreadPool &pool, std::atomic<bool> &running,
                              std::atomic<bool> &stop) {
  co_await pool.schedule();
  running.store(true);
  while (!stop.load(std::memory_order_relaxed)) {
  }
}

namespace {

int env_or(const char *name, int fallback) {
  const char *value = std::getenv(name);
  return value != nullptr ? std::atoi(value) : fallback;
}

// Round trips per call, from ASL_BENCH_PINGPONG (100000).
const int rounds_per_call = env_or("ASL_BENCH_PINGPONG", 100000);

// Seconds from ping's first message to its last answer.
double exchange(asl::ThreadPool *pool) {
  Line line;
  asl::Task<long> answers = pong(pool, line, rounds_per_call);
  asl::Task<long> sent = ping(pool, line, rounds_per_call);
  if (asl::sync_wait(std::move(sent)) != rounds_per_call ||
      asl::sync_wait(std::move(answers)) != rounds_per_call)
    std::abort();
  return std::chrono::duration<double>(line.last_answered - line.first_sent)
      .count();
}

struct PingPong {
  static constexpr const char *name = "B7/ping_pong";
  static inline const long ops = rounds_per_call;
  static void setup() {}
  static double call() { return exchange(nullptr); }
  static void teardown() {}
};

std::optional<asl::ThreadPool> pool;

// The hog's flags, in a cache line of their own: beside the events on the
// stack, the hog's reads of `stop` would share their line and slow every
// round trip by a cache miss.
struct alignas(64) HogFlags {
  std::atomic<bool> running{false};
  std::atomic<bool> stop{false};
  char padding[62];
};

struct PingPongWithHog {
  static constexpr const char *name = "B7/ping_pong_with_hog";
  static inline const long ops = rounds_per_call;
  static double call() {
    auto flags = std::make_unique<HogFlags>();
    asl::Task<void> spinning = hog(*pool, flags->running, flags->stop);
    // Yields: a busy wait here would hold one of the two cores the worker
    // it waits for needs, and on a loaded machine the worker's wake-up
    // then took up to a quarter of the timed call (perf: the hog was 52 %
    // of the samples, this loop 17 %, the exchange 27 %).
    while (!flags->running.load())
      std::this_thread::yield();
    double seconds = exchange(&*pool);
    flags->stop.store(true);
    asl::sync_wait(std::move(spinning));
    return seconds;
  }
  static void setup() { pool.emplace(2); }
  static void teardown() { pool.reset(); }
};

void print_frames() {
  Line line;
  ASL_BENCH_FRAME(pong, [&] { asl::Task<long> t = pong(nullptr, line, 1); });
  ASL_BENCH_FRAME(ping, [&] { asl::Task<long> t = ping(nullptr, line, 1); });
}

} // namespace

ASL_BENCH_MAIN_POOL(print_frames, PingPong, PingPongWithHog)
