// spawn_test.cpp - asl::spawn and the scheduler around it: spawned tasks
// start on a worker; exceptions reach the pool's handler (make_task's too,
// and without a handler the program ends), cancellation does not; an adopted
// running task; yield() lets queued work go first; a woken continuation runs
// next on the waking worker, but not more than a few times in a row; two
// tasks that keep spawning each other do not starve injected work; and the
// destructor: it cancels stop_token() (ending delays and event waits given
// it), waits for spawned tasks, runs what is queued, and leaves tasks it
// did not spawn to their owners.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/spawn.h>
#include <asl/task.h>
#include <asl/timer_queue.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "async_test_support.h"

namespace {

using namespace std::chrono_literals;
using asl_test::countdown;

asl::Task<void> note_thread(std::thread::id &where, countdown &done) {
  where = std::this_thread::get_id();
  done.arrive();
  co_return;
}

TEST(Spawn, StartsTheTaskOnAWorker) {
  asl::ThreadPool pool(2);
  std::thread::id where;
  countdown done(1);
  asl::spawn(pool, [&] { return note_thread(where, done); });
  ASSERT_TRUE(done.wait_for(10s));
  EXPECT_NE(where, std::this_thread::get_id());
}

// Collects what the pool's handler receives.
struct failures {
  std::mutex mutex;
  std::vector<std::string> messages;
  asl::ThreadPool::exception_handler handler() {
    return [this](std::exception_ptr e) {
      try {
        std::rethrow_exception(e);
      } catch (const std::exception &x) {
        std::lock_guard<std::mutex> lock(mutex);
        messages.push_back(x.what());
      }
    };
  }
  std::size_t count() {
    std::lock_guard<std::mutex> lock(mutex);
    return messages.size();
  }
};

asl::Task<void> fail_on(asl::ThreadPool &pool, std::string message) {
  co_await pool.schedule();
  throw std::runtime_error(message);
}

asl::Task<void> fail_at_once(std::string message) {
  throw std::runtime_error(message);
  co_return;
}

asl::Task<void> cancelled(asl::ThreadPool &pool) {
  co_await pool.schedule();
  throw asl::operation_cancelled();
}

TEST(Spawn, ExceptionsGoToThePoolsHandler) {
  failures seen;
  {
    asl::ThreadPool pool(2);
    pool.set_exception_handler(seen.handler());
    asl::spawn(pool, [&] { return fail_on(pool, "after a hop"); });
    asl::spawn(pool, [] { return fail_at_once("at once"); });
    asl::spawn(pool, []() -> asl::Task<void> {
      throw std::runtime_error("from make_task");
    });
    asl::spawn(pool, fail_at_once("adopted"));
    asl::spawn(pool, [&] { return cancelled(pool); }); // not reported
  }
  std::sort(seen.messages.begin(), seen.messages.end());
  EXPECT_EQ(seen.messages,
            (std::vector<std::string>{"adopted", "after a hop", "at once",
                                      "from make_task"}));
}

TEST(SpawnDeathTest, WithoutAHandlerAnExceptionEndsTheProgram) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(
      {
        asl::ThreadPool pool(1);
        asl::spawn(pool, [&] { return fail_on(pool, "unhandled"); });
      },
      "unhandled");
}

asl::Task<void> wait_then_count(asl::Event &event, std::atomic<int> &ended) {
  co_await event;
  ended.fetch_add(1);
}

TEST(Spawn, AdoptsATaskThatIsAlreadyRunning) {
  asl::Event event;
  std::atomic<int> ended{0};
  {
    asl::ThreadPool pool(1);
    asl::spawn(pool, wait_then_count(event, ended));
    EXPECT_EQ(ended.load(), 0);
    event.set();
    EXPECT_EQ(ended.load(), 1);
  }
}

asl::Task<void> sleep_then_count(asl::ThreadPool &pool, asl::TimerQueue &timers,
                                 asl::TimerQueue::duration d,
                                 asl::CancellationToken token,
                                 std::atomic<int> &ended) {
  co_await pool.schedule();
  co_await timers.delay(d, token);
  ended.fetch_add(1);
}

TEST(ThreadPoolShutdown, WaitsForSpawnedTasksToEnd) {
  asl::TimerQueue timers;
  std::atomic<int> ended{0};
  {
    asl::ThreadPool pool(2);
    for (int i = 0; i != 10; ++i)
      asl::spawn(pool, [&] {
        return sleep_then_count(pool, timers, 20ms, {}, ended);
      });
  }
  EXPECT_EQ(ended.load(), 10);
}

TEST(ThreadPoolShutdown, CancelsItsStopTokenFirst) {
  asl::TimerQueue timers;
  std::atomic<int> ended{0};
  failures seen;
  auto start = std::chrono::steady_clock::now();
  {
    asl::ThreadPool pool(2);
    pool.set_exception_handler(seen.handler());
    for (int i = 0; i != 10; ++i)
      asl::spawn(pool, [&] {
        return sleep_then_count(pool, timers, 1h, pool.stop_token(), ended);
      });
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, 10s);
  EXPECT_EQ(ended.load(), 0);  // each ended by operation_cancelled...
  EXPECT_EQ(seen.count(), 0u); // ...which is not reported
}

TEST(ThreadPoolShutdown, TimerQueueDestroyedFirstEndsTheDelaysOfSpawnedTasks) {
  std::atomic<int> ended{0};
  asl::ThreadPool pool(2);
  {
    asl::TimerQueue timers;
    for (int i = 0; i != 10; ++i)
      asl::spawn(pool,
                 [&] { return sleep_then_count(pool, timers, 1h, {}, ended); });
    while (timers.pending() != 10)
      std::this_thread::sleep_for(1ms);
  } // the delays end with operation_cancelled; the tasks end on the pool
  EXPECT_EQ(ended.load(), 0);
}

asl::Task<void> wait_for_event(asl::ThreadPool &pool, asl::Event &never,
                               asl::CancellationToken token,
                               std::atomic<int> &ended) {
  co_await pool.schedule();
  co_await never.wait(std::move(token));
  ended.fetch_add(1);
}

TEST(ThreadPoolShutdown, EndsSpawnedEventWaitsThroughItsStopToken) {
  asl::Event never;
  std::atomic<int> ended{0};
  failures seen;
  {
    asl::ThreadPool pool(2);
    pool.set_exception_handler(seen.handler());
    for (int i = 0; i != 10; ++i)
      asl::spawn(pool, [&] {
        return wait_for_event(pool, never, pool.stop_token(), ended);
      });
  } // no hang: each wait ends with operation_cancelled, on the pool
  EXPECT_EQ(ended.load(), 0);
  EXPECT_EQ(seen.count(), 0u);
}

// A task that was not spawned belongs to its Task, not to the pool: the pool
// goes without waiting for it, and destroying the Task later frees its
// frame (the ASan build checks that nothing leaks).
TEST(ThreadPoolShutdown, LeavesSuspendedTasksToTheirOwners) {
  asl::Event never;
  std::atomic<int> ended{0};
  std::vector<asl::Task<void>> owned;
  {
    asl::ThreadPool pool(2);
    for (int i = 0; i != 10; ++i)
      owned.push_back(wait_for_event(pool, never, {}, ended));
    while (pool.sample_load().sleeping != 2) // all ten are waiting
      std::this_thread::sleep_for(1ms);
  }
  for (auto &task : owned)
    EXPECT_FALSE(task.is_ready());
  owned.clear();
  EXPECT_EQ(ended.load(), 0);
}

// Each link spawns the next one from the worker it runs on, and the
// destructor starts while the chains are still growing.
asl::Task<void> chain(asl::ThreadPool &pool, int links, std::atomic<int> &ran) {
  ran.fetch_add(1);
  if (links > 0)
    asl::spawn(pool,
               [&pool, links, &ran] { return chain(pool, links - 1, ran); });
  co_return;
}

TEST(ThreadPoolShutdown, RunsEverythingQueuedAndSpawnedMeanwhile) {
  const int chains = static_cast<int>(asl_test::scaled(200));
  for (unsigned workers : {1u, 2u, 8u}) {
    SCOPED_TRACE(workers);
    std::atomic<int> ran{0};
    {
      asl::ThreadPool pool(workers);
      for (int i = 0; i != chains; ++i)
        asl::spawn(pool, [&] { return chain(pool, 20, ran); });
    }
    EXPECT_EQ(ran.load(), chains * 21);
  }
}

asl::Task<void> record(std::vector<std::string> &log, std::string what) {
  log.push_back(what);
  co_return;
}

asl::Task<void> yielder(asl::ThreadPool &pool, std::vector<std::string> &log,
                        countdown &done) {
  co_await pool.schedule();
  asl::spawn(pool, [&] { return record(log, "spawned"); });
  co_await pool.yield();
  log.push_back("after yield");
  done.arrive();
}

TEST(ThreadPool, YieldLetsQueuedWorkGoFirst) {
  std::vector<std::string> log;
  countdown done(1);
  asl::ThreadPool pool(1);
  asl::spawn(pool, [&] { return yielder(pool, log, done); });
  ASSERT_TRUE(done.wait_for(10s));
  EXPECT_EQ(log, (std::vector<std::string>{"spawned", "after yield"}));
}

asl::Task<void> record_and_arrive(std::vector<std::string> &log,
                                  std::string what, countdown &done) {
  log.push_back(what);
  done.arrive();
  co_return;
}

asl::Task<void> receive_and_record(asl::Channel<int> &ch,
                                   std::vector<std::string> &log,
                                   countdown &done) {
  co_await ch.receive();
  log.push_back("woken");
  done.arrive();
}

asl::Task<void> wake_between_posts(asl::ThreadPool &pool, asl::Channel<int> &ch,
                                   std::vector<std::string> &log,
                                   countdown &done) {
  asl::spawn(pool, [&] { return record_and_arrive(log, "older", done); });
  co_await ch.send(1); // hands the value over and wakes the receiver
  asl::spawn(pool, [&] { return record_and_arrive(log, "newer", done); });
  log.push_back("waker done");
  done.arrive();
}

std::size_t position(const std::vector<std::string> &log, const char *what) {
  return static_cast<std::size_t>(std::find(log.begin(), log.end(), what) -
                                  log.begin());
}

// One worker. The receiver waits first (spawn jobs from outside run in
// order). Its wake goes to the run-next slot, so it runs before "newer",
// which the waker queued after waking it and which the deque alone (newest
// first) would run before it. ("older" may run anywhere: now and then a
// pick is the deque's oldest item, for fairness.)
TEST(ThreadPool, AWokenContinuationRunsNextOnTheWakingWorker) {
  for (int round = 0; round != 20; ++round) {
    std::vector<std::string> log;
    asl::Channel<int> ch(0);
    countdown done(4);
    asl::ThreadPool pool(1);
    asl::spawn(pool, [&] { return receive_and_record(ch, log, done); });
    asl::spawn(pool, [&] { return wake_between_posts(pool, ch, log, done); });
    ASSERT_TRUE(done.wait_for(10s));
    EXPECT_EQ(position(log, "waker done"), position(log, "woken") - 1);
    EXPECT_LT(position(log, "woken"), position(log, "newer"));
  }
}

asl::Task<void> note_turn(std::atomic<int> &exchanges, int &ran_at,
                          countdown &done) {
  ran_at = exchanges.load();
  done.arrive();
  co_return;
}

asl::Task<void> ping(asl::ThreadPool &pool, asl::Channel<int> &to,
                     asl::Channel<int> &from, int rounds,
                     std::atomic<int> &exchanges, int &other_ran_at,
                     countdown &done) {
  co_await pool.schedule();
  asl::spawn(pool, [&] { return note_turn(exchanges, other_ran_at, done); });
  try {
    for (int i = 0; i != rounds; ++i) {
      co_await to.send(i);
      co_await from.receive();
      exchanges.fetch_add(1);
    }
  } catch (const asl::channel_closed &) {
    // Stopped from outside.
  }
  to.close();
  done.arrive();
}

asl::Task<void> pong(asl::ThreadPool &pool, asl::Channel<int> &from,
                     asl::Channel<int> &to, countdown &done) {
  co_await pool.schedule();
  try {
    while (std::optional<int> v = co_await from.receive())
      co_await to.send(*v);
  } catch (const asl::channel_closed &) {
    // Stopped from outside.
  }
  done.arrive();
}

// Two tasks that keep waking each other through the run-next slot share the
// worker with a task queued behind them after at most three slot runs.
TEST(ThreadPool, RunNextSlotCannotHoldTheWorker) {
  std::atomic<int> exchanges{0};
  int other_ran_at = -1;
  countdown done(3);
  asl::Channel<int> there(0), back(0);
  asl::ThreadPool pool(1);
  asl::spawn(pool, [&] { return pong(pool, there, back, done); });
  asl::spawn(pool, [&] {
    return ping(pool, there, back, 100, exchanges, other_ran_at, done);
  });
  ASSERT_TRUE(done.wait_for(10s));
  EXPECT_GE(other_ran_at, 0);
  EXPECT_LT(other_ran_at, 10) << "a fairness check, not the slot's bound";
}

// Spawns its partner, which spawns it back, until told to stop.
asl::Task<void> respawn(asl::ThreadPool &pool, std::atomic<bool> &stop,
                        std::atomic<long> &turns) {
  turns.fetch_add(1);
  if (!stop.load())
    asl::spawn(pool, [&] { return respawn(pool, stop, turns); });
  co_return;
}

asl::Task<void> set_flag(std::atomic<bool> &flag) {
  flag.store(true);
  co_return;
}

asl::Task<void> note_turns(std::atomic<long> &turns, long &ran_at,
                           std::atomic<bool> &flag) {
  ran_at = turns.load();
  flag.store(true); // publishes ran_at
  co_return;
}

// Go's and Tokio's fairness problem: work that keeps re-queueing itself on
// a worker must not starve work injected from outside the pool.
TEST(ThreadPool, TasksSpawningEachOtherDoNotStarveInjectedWork) {
  for (unsigned workers : {1u, 2u, 8u}) {
    SCOPED_TRACE(workers);
    std::atomic<bool> stop{false};
    std::atomic<long> turns{0};
    std::atomic<bool> injected_ran{false};
    {
      asl::ThreadPool pool(workers);
      asl_test::pool_watchdog watchdog(pool);
      for (unsigned i = 0; i != workers; ++i)
        asl::spawn(pool, [&] { return respawn(pool, stop, turns); });
      while (turns.load() < 1000)
        std::this_thread::yield();
      long ran_at = 0;
      asl::spawn(pool, [&] { return note_turns(turns, ran_at, injected_ran); });
      // Read after posting: with more workers than cores this thread may
      // sleep for a while around the post, which can only make the count
      // below smaller, never larger, than the true wait.
      long posted_at = turns.load();
      auto deadline = std::chrono::steady_clock::now() + 10s;
      while (!injected_ran.load() &&
             std::chrono::steady_clock::now() < deadline)
        std::this_thread::yield();
      stop.store(true); // first: the pool's destructor waits for the chain
      ASSERT_TRUE(injected_ran.load());
      EXPECT_LT(ran_at - posted_at, 10000);
    }
  }
}

// The same with a pair that wakes each other through a channel, through
// the run-next slot instead of the deque.
TEST(ThreadPool, TasksWakingEachOtherDoNotStarveInjectedWork) {
  std::atomic<int> exchanges{0};
  int unused = -1;
  countdown done(3);
  std::atomic<bool> injected_ran{false};
  asl::Channel<int> there(0), back(0);
  asl::ThreadPool pool(1);
  asl::spawn(pool, [&] { return pong(pool, there, back, done); });
  asl::spawn(pool, [&] {
    return ping(pool, there, back, 1 << 30, exchanges, unused, done);
  });
  while (exchanges.load() < 1000)
    std::this_thread::yield();
  asl::spawn(pool, [&] { return set_flag(injected_ran); });
  auto deadline = std::chrono::steady_clock::now() + 10s;
  while (!injected_ran.load() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::yield();
  EXPECT_TRUE(injected_ran.load());
  there.close(); // ends pong, whose send then fails ping: both end
  back.close();
}

TEST(ThreadPool, IdleWorkersShowAsSleeping) {
  asl::ThreadPool pool(3);
  auto deadline = std::chrono::steady_clock::now() + 10s;
  while (pool.sample_load().sleeping != 3 &&
         std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(1ms);
  EXPECT_EQ(pool.sample_load().sleeping, 3u);
  EXPECT_EQ(pool.sample_load().queued, 0u);
}

} // namespace
