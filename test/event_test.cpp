// event_test.cpp - asl::Event: set/reset/is_set, waiters resumed in FIFO
// order on the setting thread, waiters destroyed while queued, and set()
// racing with awaits and resets on other threads (run it under TSan too).
//
// The waiters are hand-written resumables that drive an event_awaiter the way
// a lowered state machine does.

#include <asl/task.h>

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace {

// Awaits an event and records how often, and on which thread, it resumed.
struct waiter : asl::detail::resumable {
  explicit waiter(asl::Event &ev)
      : resumable{&resume_waiter}, awaiter(ev.get_awaiter()) {}

  // Begins to await. False when the event was set already: the caller then
  // goes on itself, as a machine does when await_suspend returns false.
  bool suspend() {
    return !awaiter.await_ready() &&
           awaiter.await_suspend(asl::continuation(this));
  }
  // Awaits, resuming at once when the event was set already.
  void await() {
    if (!suspend())
      resume_waiter(this);
  }

  static void resume_waiter(resumable *self) {
    auto *w = static_cast<waiter *>(self);
    w->awaiter.await_resume();
    ++w->resumes;
    w->resumed_on = std::this_thread::get_id();
    if (w->then)
      w->then();
  }

  asl::event_awaiter awaiter;
  int resumes = 0;
  std::thread::id resumed_on;
  std::function<void()> then; // runs each time the waiter resumes
};

TEST(Event, StartsClearUnlessConstructedSet) {
  asl::Event clear;
  asl::Event set(/*initially_set=*/true);
  EXPECT_FALSE(clear.is_set());
  EXPECT_TRUE(set.is_set());
}

TEST(Event, SetAndResetChangeIsSet) {
  asl::Event ev;
  ev.set();
  EXPECT_TRUE(ev.is_set());
  ev.set();
  EXPECT_TRUE(ev.is_set());
  ev.reset();
  EXPECT_FALSE(ev.is_set());
}

TEST(Event, AwaitingASetEventCompletesWithoutSuspending) {
  asl::Event ev(/*initially_set=*/true);
  waiter w(ev);
  EXPECT_TRUE(w.awaiter.await_ready());
  EXPECT_FALSE(w.suspend());
  EXPECT_EQ(w.resumes, 0);
}

TEST(Event, AwaitSuspendDeclinesWhenTheEventIsSetAfterAwaitReady) {
  asl::Event ev;
  waiter w(ev);
  ASSERT_FALSE(w.awaiter.await_ready());

  ev.set();
  EXPECT_FALSE(w.awaiter.await_suspend(asl::continuation(&w)));
  EXPECT_EQ(w.resumes, 0);
}

TEST(Event, SetResumesWaitersInOrderOnTheSettingThread) {
  asl::Event ev;
  std::vector<int> order;
  std::vector<std::unique_ptr<waiter>> waiters;
  for (int i = 0; i < 4; ++i) {
    waiters.push_back(std::make_unique<waiter>(ev));
    waiters.back()->then = [&order, i] { order.push_back(i); };
    ASSERT_TRUE(waiters.back()->suspend());
  }

  std::thread::id setter_id;
  std::thread setter([&] {
    setter_id = std::this_thread::get_id();
    ev.set();
  });
  setter.join();

  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3}));
  for (auto &w : waiters)
    EXPECT_EQ(w->resumed_on, setter_id);
}

TEST(Event, SetResumesEachWaiterOnce) {
  asl::Event ev;
  waiter w(ev);
  ASSERT_TRUE(w.suspend());

  ev.set();
  ev.set();
  EXPECT_EQ(w.resumes, 1);
}

TEST(Event, ResetMakesLaterAwaitsWaitForTheNextSet) {
  asl::Event ev(/*initially_set=*/true);
  ev.reset();
  waiter w(ev);
  ASSERT_TRUE(w.suspend());
  EXPECT_EQ(w.resumes, 0);

  ev.set();
  EXPECT_EQ(w.resumes, 1);
}

TEST(Event, DestroyedWaiterLeavesTheQueue) {
  // Destroy the first, a middle and the last waiter of five.
  for (int destroyed : {0, 2, 4}) {
    SCOPED_TRACE(destroyed);
    asl::Event ev;
    std::vector<int> order;
    std::vector<std::unique_ptr<waiter>> waiters;
    for (int i = 0; i < 5; ++i) {
      waiters.push_back(std::make_unique<waiter>(ev));
      waiters.back()->then = [&order, i] { order.push_back(i); };
      ASSERT_TRUE(waiters.back()->suspend());
    }

    waiters[destroyed].reset();
    ev.set();

    std::vector<int> expected;
    for (int i = 0; i < 5; ++i)
      if (i != destroyed)
        expected.push_back(i);
    EXPECT_EQ(order, expected);
  }
}

TEST(Event, WaiterDestroyedBySetBeforeItsTurnIsNotResumed) {
  asl::Event ev;
  std::vector<int> order;
  auto first = std::make_unique<waiter>(ev);
  auto second = std::make_unique<waiter>(ev);
  auto third = std::make_unique<waiter>(ev);
  // The first waiter, once resumed, destroys the second: a task that owns
  // another task suspended on the same event, say.
  first->then = [&] {
    order.push_back(1);
    second.reset();
  };
  second->then = [&] { order.push_back(2); };
  third->then = [&] { order.push_back(3); };
  ASSERT_TRUE(first->suspend());
  ASSERT_TRUE(second->suspend());
  ASSERT_TRUE(third->suspend());

  ev.set();
  EXPECT_EQ(order, (std::vector<int>{1, 3}));
}

TEST(Event, WaiterThatResetsAndAwaitsAgainWaitsForTheNextSet) {
  asl::Event ev;
  waiter w(ev);
  w.then = [&] {
    if (w.resumes == 1) {
      ev.reset();
      EXPECT_TRUE(w.suspend());
    }
  };
  ASSERT_TRUE(w.suspend());

  ev.set();
  EXPECT_EQ(w.resumes, 1);
  ev.set();
  EXPECT_EQ(w.resumes, 2);
}

TEST(Event, SetCalledByAResumedWaiterResumesEveryWaiterOnce) {
  asl::Event ev;
  waiter first(ev);
  waiter second(ev);
  first.then = [&ev] { ev.set(); };
  ASSERT_TRUE(first.suspend());
  ASSERT_TRUE(second.suspend());

  ev.set();
  EXPECT_EQ(first.resumes, 1);
  EXPECT_EQ(second.resumes, 1);
}

TEST(Event, SetRacingWithAwaitsOnOtherThreadsResumesEachWaiterOnce) {
  for (int threads : {1, 2, 4, 8}) {
    SCOPED_TRACE(threads);
    for (int round = 0; round < 100; ++round) {
      asl::Event ev;
      int payload = 0; // written before set(), read by every resumed waiter
      std::atomic<int> saw_payload{0};
      std::vector<std::unique_ptr<waiter>> waiters;
      for (int i = 0; i < threads; ++i) {
        waiters.push_back(std::make_unique<waiter>(ev));
        waiters.back()->then = [&] {
          if (payload == 42)
            saw_payload.fetch_add(1, std::memory_order_relaxed);
        };
      }

      std::atomic<bool> go{false};
      std::vector<std::thread> awaiting;
      for (auto &w : waiters)
        awaiting.emplace_back([&go, w = w.get()] {
          while (!go.load(std::memory_order_acquire))
            std::this_thread::yield();
          w->await();
        });
      go.store(true, std::memory_order_release);
      payload = 42;
      ev.set();
      for (auto &t : awaiting)
        t.join();

      for (auto &w : waiters)
        EXPECT_EQ(w->resumes, 1);
      EXPECT_EQ(saw_payload.load(), threads);
    }
  }
}

TEST(Event, ResetRacingWithSetAndAwaitsLosesNoWaiter) {
  for (int threads : {1, 2, 4}) {
    SCOPED_TRACE(threads);
    for (int round = 0; round < 50; ++round) {
      asl::Event ev;
      std::vector<std::unique_ptr<waiter>> waiters;
      for (int i = 0; i < threads; ++i)
        waiters.push_back(std::make_unique<waiter>(ev));

      std::vector<std::thread> running;
      running.emplace_back([&ev] {
        for (int i = 0; i < 20; ++i) {
          ev.set();
          ev.reset();
        }
      });
      for (auto &w : waiters)
        running.emplace_back([w = w.get()] { w->await(); });
      for (auto &t : running)
        t.join();

      // Whoever is still queued is resumed by this last set(), once.
      ev.set();
      for (auto &w : waiters)
        EXPECT_EQ(w->resumes, 1);
    }
  }
}

} // namespace
