// run_loop_test.cpp - asl::RunLoop and configure_await: run() returns the
// task's value or rethrows; the runtime's awaiters started on the loop come
// back to the loop's thread (delays fired by the timer thread, channel
// values and mutexes handed over from other threads, tasks that end on a
// pool, events set by other threads); configure_await(x, false) resumes
// where the operation completed, also for a Task or an Event; the loop's code
// never runs concurrently with itself (run it under TSan); run_pending() and
// the destructor run what is queued.
#include <asl/channel.h>
#include <asl/context.h>
#include <asl/mutex.h>
#include <asl/run_loop.h>
#include <asl/task.h>
#include <asl/timer_queue.h>
#include <asl/when_all.h>

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "async_test_support.h"

namespace {

using namespace std::chrono_literals;

asl::Task<int> answer() { co_return 42; }

asl::Task<int> fail() {
  throw std::runtime_error("from the loop");
  co_return 0;
}

TEST(RunLoop, RunReturnsTheValueOrRethrows) {
  asl::RunLoop loop;
  EXPECT_EQ(loop.run([] { return answer(); }), 42);
  EXPECT_THROW(loop.run([] { return fail(); }), std::runtime_error);
}

// Where each await of `on_loop` resumed, as seen from the loop's thread.
struct sightings {
  std::thread::id loop;
  std::vector<std::thread::id> seen;
  bool all_on_loop() const {
    for (auto id : seen)
      if (id != loop)
        return false;
    return !seen.empty();
  }
};

asl::Task<int> on_pool(asl::ThreadPool &pool, int value) {
  co_await pool.schedule();
  co_return value;
}

asl::Task<int> on_loop(asl::ThreadPool &pool, asl::TimerQueue &timers,
                       asl::Channel<int> &ch, asl::Mutex &mutex,
                       sightings &where) {
  where.loop = std::this_thread::get_id();
  co_await timers.delay(2ms); // fired by the timer thread
  where.seen.push_back(std::this_thread::get_id());

  std::thread sender([&] {
    std::this_thread::sleep_for(2ms);
    int v = 5;
    ch.try_send(v);
  });
  std::optional<int> got = co_await ch.receive();
  where.seen.push_back(std::this_thread::get_id());
  sender.join();

  std::thread holder([&] {
    asl::sync_wait([](asl::Mutex &m) -> asl::Task<void> {
      asl::MutexLock held = co_await m.lock();
      std::this_thread::sleep_for(2ms);
    }(mutex));
  });
  std::this_thread::sleep_for(1ms);
  {
    asl::MutexLock held = co_await mutex.lock(); // maybe handed over
    where.seen.push_back(std::this_thread::get_id());
  }
  holder.join();

  int a = co_await asl::configure_await(on_pool(pool, 10), true);
  where.seen.push_back(std::this_thread::get_id());
  co_await pool.schedule();                              // leaves the loop...
  co_await asl::configure_await(on_pool(pool, 0), true); // stays on the pool
  co_return a + got.value_or(0);
}

TEST(RunLoop, AwaitsStartedOnTheLoopResumeOnIt) {
  asl::ThreadPool pool(2);
  asl::TimerQueue timers;
  asl::Channel<int> ch;
  asl::Mutex mutex;
  asl::RunLoop loop;
  sightings where;
  EXPECT_EQ(loop.run([&] { return on_loop(pool, timers, ch, mutex, where); }),
            15);
  EXPECT_EQ(where.loop, std::this_thread::get_id());
  EXPECT_EQ(where.seen.size(), 4u);
  EXPECT_TRUE(where.all_on_loop());
}

asl::Task<int> plain_awaits_on_loop(asl::ThreadPool &pool, asl::Event &event,
                                    sightings &where) {
  where.loop = std::this_thread::get_id();
  int a = co_await on_pool(pool, 1); // ends on a worker
  where.seen.push_back(std::this_thread::get_id());
  asl::Task<int> held = on_pool(pool, 2);
  int b = co_await held;
  where.seen.push_back(std::this_thread::get_id());
  std::thread setter([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    event.set();
  });
  co_await event; // set by another thread
  where.seen.push_back(std::this_thread::get_id());
  setter.join();
  co_return a + b;
}

TEST(RunLoop, TaskAndEventAwaitsResumeOnTheLoopByDefault) {
  asl::ThreadPool pool(2);
  asl::Event event;
  asl::RunLoop loop;
  sightings where;
  EXPECT_EQ(loop.run([&] { return plain_awaits_on_loop(pool, event, where); }),
            3);
  EXPECT_EQ(where.seen.size(), 3u);
  EXPECT_TRUE(where.all_on_loop());
}

asl::Task<int> on_pool_after(asl::ThreadPool &pool, asl::Event &gate) {
  co_await pool.schedule();
  co_await gate;
  co_return 1;
}

// Awaits, with configure_await(false), a task that ends on a worker after
// the await began (tried again in the unlikely case it ended before).
asl::Task<bool> task_anywhere(asl::ThreadPool &pool) {
  for (int attempt = 0; attempt != 100; ++attempt) {
    asl::Event gate;
    asl::Task<int> task = on_pool_after(pool, gate);
    std::thread setter([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      gate.set();
    });
    bool ended_before = task.is_ready();
    co_await asl::configure_await(task, false);
    bool on_worker = asl::current_context() == &pool;
    setter.join();
    if (!ended_before)
      co_return on_worker;
  }
  co_return false;
}

TEST(RunLoop, ConfigureAwaitFalseLeavesTheLoopForTheTasksWorker) {
  asl::ThreadPool pool(2);
  asl::RunLoop loop;
  EXPECT_TRUE(loop.run([&] { return task_anywhere(pool); }));
}

asl::Task<std::thread::id> event_anywhere(asl::Event &event) {
  co_await asl::configure_await(event, false);
  co_return std::this_thread::get_id();
}

TEST(RunLoop, ConfigureAwaitFalseResumesAnEventWaiterOnTheSettingThread) {
  asl::Event event;
  asl::RunLoop loop;
  std::thread::id setter_id;
  std::thread::id resumed_on = loop.run([&] {
    asl::Task<std::thread::id> task = event_anywhere(event);
    std::thread setter([&] {
      setter_id = std::this_thread::get_id();
      event.set();
    });
    setter.join();
    return task;
  });
  EXPECT_EQ(resumed_on, setter_id);
}

asl::Task<std::thread::id> sleep_anywhere(asl::TimerQueue &timers) {
  co_await asl::configure_await(timers.delay(2ms), false);
  co_return std::this_thread::get_id();
}

TEST(RunLoop, ConfigureAwaitFalseResumesWhereTheOperationCompleted) {
  asl::TimerQueue timers;
  asl::RunLoop loop;
  std::thread::id resumed_on = loop.run([&] { return sleep_anywhere(timers); });
  EXPECT_NE(resumed_on, std::this_thread::get_id()); // the timer thread
}

asl::Task<bool> wait_event_back_on_pool(asl::ThreadPool &pool,
                                        asl::Event &event) {
  co_await pool.schedule();
  co_await asl::configure_await(event, true);
  co_return asl::current_context() == &pool;
}

TEST(ConfigureAwait, BringsAnEventAwaitBackToThePool) {
  asl::ThreadPool pool(2);
  asl::Event event;
  asl::Task<bool> task = wait_event_back_on_pool(pool, event);
  while (!task.is_ready()) {
    event.set(); // from this plain thread; the task must not run here
    std::this_thread::sleep_for(1ms);
  }
  EXPECT_TRUE(asl::sync_wait(std::move(task)));
}

asl::Task<std::thread::id>
sleep_from_pool(asl::ThreadPool &pool, asl::TimerQueue &timers, bool capture) {
  co_await pool.schedule();
  co_await asl::configure_await(timers.delay(1ms), capture);
  co_return std::this_thread::get_id();
}

// Manual time: the delay fires in advance(), on this plain thread.
TEST(ConfigureAwait, ChoosesBetweenThePoolAndTheCompletingThread) {
  asl::ThreadPool pool(1);
  for (bool capture : {true, false}) {
    SCOPED_TRACE(capture);
    asl::TimerQueue timers(asl::TimerQueue::manual_time);
    asl::Task<std::thread::id> task = sleep_from_pool(pool, timers, capture);
    while (timers.pending() == 0)
      std::this_thread::yield();
    timers.advance(1ms);
    std::thread::id resumed_on = asl::sync_wait(std::move(task));
    if (capture)
      EXPECT_NE(resumed_on, std::this_thread::get_id());
    else
      EXPECT_EQ(resumed_on, std::this_thread::get_id());
  }
}

// Many tasks on the loop, each resumed from pool work and timers, bump one
// plain int: fine only if the loop runs one piece of code at a time.
asl::Task<void> bump(asl::ThreadPool &pool, asl::TimerQueue &timers,
                     int &counter, int times) {
  for (int i = 0; i != times; ++i) {
    if (i % 2 == 0)
      co_await asl::configure_await(on_pool(pool, i), true);
    else
      co_await timers.delay(std::chrono::microseconds(50));
    // A read-modify-write with room in between for another thread's.
    int seen = counter;
    std::this_thread::yield();
    counter = seen + 1;
  }
}

asl::Task<int> many_on_loop(asl::ThreadPool &pool, asl::TimerQueue &timers,
                            int tasks, int times) {
  int counter = 0;
  std::vector<asl::Task<void>> all;
  for (int t = 0; t != tasks; ++t)
    all.push_back(bump(pool, timers, counter, times));
  co_await asl::configure_await(asl::when_all(std::move(all)), true);
  co_return counter;
}

TEST(RunLoop, LoopCodeNeverRunsConcurrently) {
  const int times = static_cast<int>(asl_test::scaled(200));
  asl::ThreadPool pool(4);
  asl::TimerQueue timers;
  asl::RunLoop loop;
  EXPECT_EQ(loop.run([&] { return many_on_loop(pool, timers, 8, times); }),
            8 * times);
}

asl::Task<void> hop_to(asl::RunLoop &loop, int &steps) {
  co_await loop.schedule();
  ++steps;
  co_await loop.schedule();
  ++steps;
}

TEST(RunLoop, RunPendingAndTheDestructorRunWhatIsQueued) {
  int steps = 0;
  asl::Task<void> task;
  {
    asl::RunLoop loop;
    task = hop_to(loop, steps);
    EXPECT_EQ(steps, 0);
    EXPECT_EQ(loop.run_pending(), 2u);
    EXPECT_EQ(steps, 2);
    task = hop_to(loop, steps);
  }
  EXPECT_EQ(steps, 4);
  EXPECT_TRUE(task.is_ready());
}

} // namespace
