// mutex_test.cpp - asl::Mutex: try_lock, ownership handed to waiters in the
// order they began to wait, MutexLock's unlock and move, a cancelled lock
// wait (it never owns the mutex), a waiter destroyed while queued, and
// mutual exclusion under contention on pools of 1, 2 and 8 workers.
#include <asl/cancellation.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "async_test_support.h"

namespace {

asl::Task<void> append_locked(asl::Mutex &mutex, std::vector<std::string> &log,
                              std::string name) {
  asl::MutexLock held = co_await mutex.lock();
  log.push_back(name);
}

TEST(Mutex, TryLockTakesAFreeMutexOnly) {
  asl::Mutex mutex;
  EXPECT_TRUE(mutex.try_lock());
  EXPECT_FALSE(mutex.try_lock());
  mutex.unlock();
  EXPECT_TRUE(mutex.try_lock());
  mutex.unlock();
}

TEST(Mutex, LockOfAFreeMutexDoesNotSuspend) {
  asl::Mutex mutex;
  std::vector<std::string> log;
  asl::Task<void> task = append_locked(mutex, log, "a");
  EXPECT_TRUE(task.is_ready());
  EXPECT_EQ(log, (std::vector<std::string>{"a"}));
  EXPECT_TRUE(mutex.try_lock()); // released at the end of the task
  mutex.unlock();
}

TEST(Mutex, WaitersGetTheMutexInTheOrderTheyCame) {
  asl::Mutex mutex;
  std::vector<std::string> log;
  ASSERT_TRUE(mutex.try_lock());
  std::vector<asl::Task<void>> waiting;
  for (const char *name : {"1", "2", "3"})
    waiting.push_back(append_locked(mutex, log, name));
  EXPECT_TRUE(log.empty());

  mutex.unlock(); // hands it to 1, which hands it to 2, then 3
  EXPECT_EQ(log, (std::vector<std::string>{"1", "2", "3"}));
  for (auto &task : waiting)
    EXPECT_TRUE(task.is_ready());
  EXPECT_TRUE(mutex.try_lock());
  mutex.unlock();
}

TEST(Mutex, MutexLockUnlocksOnceAndMoves) {
  asl::Mutex mutex;
  asl::MutexLock lock =
      asl::sync_wait([](asl::Mutex &m) -> asl::Task<asl::MutexLock> {
        co_return co_await m.lock();
      }(mutex));
  EXPECT_TRUE(lock.owns_lock());
  EXPECT_FALSE(mutex.try_lock());

  asl::MutexLock moved = std::move(lock);
  EXPECT_FALSE(lock.owns_lock());
  EXPECT_TRUE(moved.owns_lock());
  moved.unlock();
  EXPECT_FALSE(moved.owns_lock());
  moved.unlock(); // no second unlock
  EXPECT_TRUE(mutex.try_lock());
  mutex.unlock();
}

asl::Task<bool> lock_or_give_up(asl::Mutex &mutex,
                                asl::CancellationToken token) {
  try {
    asl::MutexLock held = co_await mutex.lock(token);
    co_return true;
  } catch (const asl::operation_cancelled &) {
    co_return false;
  }
}

TEST(Mutex, CancelledWaiterNeverOwnsTheMutex) {
  asl::Mutex mutex;
  std::vector<std::string> log;
  ASSERT_TRUE(mutex.try_lock());
  asl::CancellationSource source;
  asl::Task<bool> gives_up = lock_or_give_up(mutex, source.token());
  asl::Task<void> next = append_locked(mutex, log, "next");
  source.cancel();
  ASSERT_TRUE(gives_up.is_ready());
  EXPECT_FALSE(std::move(gives_up).result());

  mutex.unlock(); // goes to `next`, skipping the cancelled waiter
  EXPECT_EQ(log, (std::vector<std::string>{"next"}));
  EXPECT_TRUE(mutex.try_lock());
  mutex.unlock();

  // A token cancelled beforehand fails even on a free mutex.
  EXPECT_FALSE(asl::sync_wait(lock_or_give_up(mutex, source.token())));
  EXPECT_TRUE(mutex.try_lock());
  mutex.unlock();
}

TEST(Mutex, DestroyedWaiterLeavesTheQueue) {
  asl::Mutex mutex;
  std::vector<std::string> log;
  ASSERT_TRUE(mutex.try_lock());
  { asl::Task<void> doomed = append_locked(mutex, log, "doomed"); }
  asl::Task<void> kept = append_locked(mutex, log, "kept");
  mutex.unlock();
  EXPECT_EQ(log, (std::vector<std::string>{"kept"}));
  EXPECT_TRUE(kept.is_ready());
}

// Increments a plain counter under the mutex, yielding to the pool while it
// holds it, so that other tasks try to get in meanwhile.
asl::Task<void> increment(asl::ThreadPool &pool, asl::Mutex &mutex,
                          long &counter, int times, int &inside) {
  co_await pool.schedule();
  for (int i = 0; i != times; ++i) {
    asl::MutexLock held = co_await mutex.lock();
    if (++inside != 1)
      throw std::logic_error("two tasks inside the mutex");
    long seen = counter;
    if (i % 16 == 0)
      co_await pool.yield();
    counter = seen + 1;
    --inside;
  }
}

TEST(Mutex, ExcludesUnderContentionAtEveryPoolSize) {
  const int times = static_cast<int>(asl_test::scaled(2000));
  for (unsigned workers : {1u, 2u, 8u}) {
    SCOPED_TRACE(workers);
    asl::Mutex mutex;
    long counter = 0;
    int inside = 0;
    asl::ThreadPool pool(workers);
    asl_test::pool_watchdog watchdog(pool);
    std::vector<asl::Task<void>> tasks;
    for (int t = 0; t != 8; ++t)
      tasks.push_back(increment(pool, mutex, counter, times, inside));
    asl::sync_wait(asl::when_all(std::move(tasks)));
    EXPECT_EQ(counter, 8L * times);
  }
}

} // namespace
