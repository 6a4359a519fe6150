// timer_queue_test.cpp - asl::TimerQueue: delays fire in deadline order
// (FIFO among equal deadlines) in manual time, a due delay does not suspend,
// cancellation before and during a delay, destroying a waiting task, the
// queue's destructor cancelling what waits, and in real time: elapsed time,
// resuming on the awaiting pool, and many timers at once; PeriodicTimer's
// ticks.
#include <asl/cancellation.h>
#include <asl/task.h>
#include <asl/timer_queue.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "async_test_support.h"

namespace {

using namespace std::chrono_literals;
using asl::TimerQueue;

asl::Task<void> sleep_then_record(TimerQueue &timers, TimerQueue::duration d,
                                  std::vector<std::string> &log,
                                  std::string name) {
  co_await timers.delay(d);
  log.push_back(
      name + "@" +
      std::to_string((timers.now() - TimerQueue::time_point{}) / 1ms));
}

TEST(TimerQueue, ManualTimeFiresInDeadlineOrder) {
  TimerQueue timers(TimerQueue::manual_time);
  std::vector<std::string> log;
  asl::Task<void> c = sleep_then_record(timers, 30ms, log, "c");
  asl::Task<void> a = sleep_then_record(timers, 10ms, log, "a");
  asl::Task<void> b = sleep_then_record(timers, 20ms, log, "b");
  EXPECT_EQ(timers.pending(), 3u);

  timers.advance(15ms);
  EXPECT_EQ(log, (std::vector<std::string>{"a@10"}));
  EXPECT_EQ(timers.now() - TimerQueue::time_point{}, 15ms);

  timers.advance(100ms);
  EXPECT_EQ(log, (std::vector<std::string>{"a@10", "b@20", "c@30"}));
  EXPECT_TRUE(a.is_ready() && b.is_ready() && c.is_ready());
  EXPECT_EQ(timers.pending(), 0u);
}

TEST(TimerQueue, EqualDeadlinesFireInTheOrderTheyBeganToWait) {
  TimerQueue timers(TimerQueue::manual_time);
  std::vector<std::string> log;
  std::vector<asl::Task<void>> tasks;
  for (int i = 0; i != 5; ++i)
    tasks.push_back(sleep_then_record(timers, 5ms, log, std::to_string(i)));
  timers.advance(5ms);
  EXPECT_EQ(log, (std::vector<std::string>{"0@5", "1@5", "2@5", "3@5", "4@5"}));
}

asl::Task<int> tick(TimerQueue &timers, int times) {
  int ticks = 0;
  for (int i = 0; i != times; ++i) {
    co_await timers.delay(1ms);
    ++ticks;
  }
  co_return ticks;
}

TEST(TimerQueue, DelaysStartedByFiredTasksFireWithinTheSameAdvance) {
  TimerQueue timers(TimerQueue::manual_time);
  asl::Task<int> task = tick(timers, 10);
  timers.advance(9ms);
  EXPECT_FALSE(task.is_ready());
  timers.advance(1ms);
  ASSERT_TRUE(task.is_ready());
  EXPECT_EQ(std::move(task).result(), 10);
}

asl::Task<bool> delay_suspends(TimerQueue &timers, TimerQueue::duration d) {
  auto awaiter = timers.delay(d);
  bool suspends = !awaiter.await_ready();
  co_await timers.delay(d);
  co_return suspends;
}

TEST(TimerQueue, DueDelayCompletesWithoutSuspending) {
  TimerQueue timers(TimerQueue::manual_time);
  asl::Task<bool> zero = delay_suspends(timers, 0ms);
  asl::Task<bool> negative = delay_suspends(timers, -5ms);
  ASSERT_TRUE(zero.is_ready());
  ASSERT_TRUE(negative.is_ready());
  EXPECT_FALSE(std::move(zero).result());
  EXPECT_FALSE(std::move(negative).result());
}

asl::Task<void> cancellable_sleep(TimerQueue &timers, TimerQueue::duration d,
                                  asl::CancellationToken token) {
  co_await timers.delay(d, token);
}

TEST(TimerQueue, CancellingEndsAWaitingDelayAtOnce) {
  TimerQueue timers(TimerQueue::manual_time);
  asl::CancellationSource source;
  asl::Task<void> task = cancellable_sleep(timers, 1h, source.token());
  EXPECT_FALSE(task.is_ready());
  EXPECT_EQ(timers.pending(), 1u);

  source.cancel();
  ASSERT_TRUE(task.is_ready());
  EXPECT_THROW(asl::sync_wait(std::move(task)), asl::operation_cancelled);
  EXPECT_EQ(timers.pending(), 0u);
}

TEST(TimerQueue, CancelledTokenEndsTheDelayBeforeItWaits) {
  TimerQueue timers(TimerQueue::manual_time);
  asl::CancellationSource source;
  source.cancel();
  asl::Task<void> task = cancellable_sleep(timers, 1h, source.token());
  ASSERT_TRUE(task.is_ready());
  EXPECT_EQ(timers.pending(), 0u);
  EXPECT_THROW(asl::sync_wait(std::move(task)), asl::operation_cancelled);
}

TEST(TimerQueue, CancellingAfterTheDelayFiredChangesNothing) {
  TimerQueue timers(TimerQueue::manual_time);
  asl::CancellationSource source;
  asl::Task<void> task = cancellable_sleep(timers, 1ms, source.token());
  timers.advance(1ms);
  source.cancel();
  ASSERT_TRUE(task.is_ready());
  EXPECT_NO_THROW(asl::sync_wait(std::move(task)));
}

TEST(TimerQueue, DestroyingAWaitingTaskRemovesItsDelay) {
  TimerQueue timers(TimerQueue::manual_time);
  std::vector<std::string> log;
  {
    asl::Task<void> doomed = sleep_then_record(timers, 5ms, log, "doomed");
    asl::Task<void> kept = sleep_then_record(timers, 5ms, log, "kept");
    EXPECT_EQ(timers.pending(), 2u);
    doomed = asl::Task<void>();
    EXPECT_EQ(timers.pending(), 1u);
    timers.advance(10ms);
  }
  EXPECT_EQ(log, (std::vector<std::string>{"kept@5"}));
}

TEST(TimerQueue, DestroyingTheQueueCancelsWaitingDelays) {
  asl::Task<void> task;
  {
    TimerQueue timers(TimerQueue::manual_time);
    task = cancellable_sleep(timers, 1h, asl::CancellationToken());
  }
  ASSERT_TRUE(task.is_ready());
  EXPECT_THROW(asl::sync_wait(std::move(task)), asl::operation_cancelled);
}

asl::Task<std::vector<long>> ticks(asl::PeriodicTimer &timer,
                                   TimerQueue &timers, int count,
                                   asl::CancellationToken token) {
  std::vector<long> at;
  for (int i = 0; i != count; ++i) {
    co_await timer.next_tick(token);
    at.push_back(
        static_cast<long>((timers.now() - TimerQueue::time_point{}) / 1ms));
  }
  co_return at;
}

TEST(PeriodicTimer, TicksWithoutDriftAndCatchesUp) {
  TimerQueue timers(TimerQueue::manual_time);
  asl::PeriodicTimer timer(timers, 10ms);
  asl::Task<std::vector<long>> task = ticks(timer, timers, 5, {});
  timers.advance(25ms); // two ticks
  EXPECT_FALSE(task.is_ready());
  timers.advance(3ms); // at 28: nothing new
  timers.advance(100ms);
  ASSERT_TRUE(task.is_ready());
  EXPECT_EQ(std::move(task).result(), (std::vector<long>{10, 20, 30, 40, 50}));

  // Ticks due already (the task was away) complete at once, in order.
  asl::Task<std::vector<long>> late = ticks(timer, timers, 3, {});
  ASSERT_TRUE(late.is_ready());
  EXPECT_EQ(std::move(late).result().size(), 3u);
}

TEST(PeriodicTimer, CancellingEndsTheWaitForATick) {
  TimerQueue timers(TimerQueue::manual_time);
  asl::PeriodicTimer timer(timers, 1h);
  asl::CancellationSource source;
  asl::Task<std::vector<long>> task = ticks(timer, timers, 1, source.token());
  source.cancel();
  EXPECT_THROW(asl::sync_wait(std::move(task)), asl::operation_cancelled);
}

TEST(TimerQueue, RealTimeDelayWaitsAtLeastItsDuration) {
  TimerQueue timers;
  auto start = std::chrono::steady_clock::now();
  asl::sync_wait(cancellable_sleep(timers, 30ms, {}));
  EXPECT_GE(std::chrono::steady_clock::now() - start, 30ms);
}

// Whether the task was back in the pool's context after the delay.
asl::Task<bool> sleep_on_pool(asl::ThreadPool &pool, TimerQueue &timers) {
  co_await pool.schedule();
  co_await timers.delay(5ms);
  co_return asl::current_context() == &pool;
}

TEST(TimerQueue, DelayAwaitedOnAPoolResumesOnThePool) {
  TimerQueue timers;
  asl::ThreadPool pool(2);
  EXPECT_TRUE(asl::sync_wait(sleep_on_pool(pool, timers)));
}

asl::Task<void> sleep_and_count(asl::ThreadPool &pool, TimerQueue &timers,
                                TimerQueue::duration d,
                                asl::CancellationToken token,
                                std::atomic<int> &fired,
                                std::atomic<int> &cancelled) {
  co_await pool.schedule();
  try {
    co_await timers.delay(d, token);
    fired.fetch_add(1);
  } catch (const asl::operation_cancelled &) {
    cancelled.fetch_add(1);
  }
}

// Many delays from many workers, half of them cancelled while they wait or
// as they fire: each ends exactly once, one way or the other.
TEST(TimerQueue, ManyDelaysRacingWithCancellation) {
  const int count = static_cast<int>(asl_test::scaled(2000));
  TimerQueue timers;
  asl::ThreadPool pool(4);
  asl::CancellationSource source;
  std::atomic<int> fired{0};
  std::atomic<int> cancelled{0};
  std::vector<asl::Task<void>> tasks;
  for (int i = 0; i != count; ++i)
    tasks.push_back(
        sleep_and_count(pool, timers, std::chrono::microseconds(i % 50 * 100),
                        i % 2 == 0 ? source.token() : asl::CancellationToken(),
                        fired, cancelled));
  std::this_thread::sleep_for(2ms);
  source.cancel();
  for (auto &task : tasks)
    asl::sync_wait(std::move(task));
  EXPECT_EQ(fired.load() + cancelled.load(), count);
  EXPECT_LE(cancelled.load(), count / 2);
  EXPECT_EQ(timers.pending(), 0u);
}

} // namespace
