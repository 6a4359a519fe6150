// async_test_support.h - what the tests of the runtime's primitives share:
// the stress scale, a countdown a test thread can wait on with a deadline,
// and a watchdog that fails a pool test when every worker sleeps while work
// is queued.
//
// ASL_STRESS_SCALE (a positive number, default 1) scales counts, e.g. 0.1
// under the sanitizers; scripts/stress runs the full counts.
#pragma once

#include <asl/thread_pool.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdlib>
#include <mutex>
#include <thread>

namespace asl_test {

using namespace std::chrono_literals;

inline std::size_t scaled(std::size_t count, std::size_t at_least = 10) {
  double scale = 1.0;
  if (const char *text = std::getenv("ASL_STRESS_SCALE"))
    scale = std::atof(text);
  if (scale <= 0)
    scale = 1.0;
  auto result = static_cast<std::size_t>(static_cast<double>(count) * scale);
  return result < at_least ? at_least : result;
}

// Counts down from any thread; a test thread waits for zero with a deadline,
// so a broken runtime fails the test instead of hanging it.
class countdown {
public:
  explicit countdown(std::size_t count) : left_(count) {}

  void arrive() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (left_ != 0 && --left_ == 0)
      zero_.notify_all();
  }
  bool wait_for(std::chrono::milliseconds timeout) {
    std::unique_lock<std::mutex> lock(mutex_);
    return zero_.wait_for(lock, timeout, [&] { return left_ == 0; });
  }
  std::size_t left() {
    std::lock_guard<std::mutex> lock(mutex_);
    return left_;
  }

private:
  std::mutex mutex_;
  std::condition_variable zero_;
  std::size_t left_; // guarded by mutex_
};

// Samples the pool every 10 ms while it lives. A lost wake-up shows as all
// workers asleep with work queued; the runtime never leaves it so for long,
// so two seconds of it fail the test.
class pool_watchdog {
public:
  explicit pool_watchdog(asl::ThreadPool &pool)
      : pool_(pool), thread_([this] { watch(); }) {}
  pool_watchdog(const pool_watchdog &) = delete;
  ~pool_watchdog() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    stop_.notify_all();
    thread_.join();
    EXPECT_FALSE(stalled_.load())
        << "every worker slept for 2 s while work was queued";
  }

private:
  void watch() {
    auto stuck_since = std::chrono::steady_clock::now();
    bool stuck = false;
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stop_.wait_for(lock, 10ms, [&] { return done_; })) {
      asl::ThreadPool::load now = pool_.sample_load();
      bool all_asleep_with_work =
          now.queued != 0 && now.sleeping == pool_.size();
      auto at = std::chrono::steady_clock::now();
      if (!all_asleep_with_work) {
        stuck = false;
      } else if (!stuck) {
        stuck = true;
        stuck_since = at;
      } else if (at - stuck_since > 2s) {
        stalled_.store(true);
      }
    }
  }

  asl::ThreadPool &pool_;
  std::mutex mutex_;
  std::condition_variable stop_;
  bool done_ = false; // guarded by mutex_
  std::atomic<bool> stalled_{false};
  std::thread thread_;
};

} // namespace asl_test
