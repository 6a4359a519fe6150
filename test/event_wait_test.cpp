// event_wait_test.cpp - Event::wait(token), the cancellable event wait: set()
// ends it normally, a cancelled token ends it with operation_cancelled (at
// once when cancelled before, through the task's exception path when
// cancelled while waiting), a set event wins over a later cancel, a destroyed
// waiter leaves the queue, plain and cancellable waiters resume in one FIFO
// order, and set() racing cancel() on other threads resumes each waiter
// exactly once (run it under TSan too).
#include <asl/cancellation.h>
#include <asl/task.h>

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "async_test_support.h"

namespace {

asl::Task<int> wait_for(asl::Event &event, asl::CancellationToken token) {
  co_await event.wait(std::move(token));
  co_return 1;
}

// 1 when the event was set, 0 when the wait was cancelled.
asl::Task<int> wait_or_zero(asl::Event &event, asl::CancellationToken token) {
  try {
    co_await event.wait(std::move(token));
  } catch (const asl::operation_cancelled &) {
    co_return 0;
  }
  co_return 1;
}

TEST(EventWait, SetEndsTheWait) {
  asl::Event event;
  asl::CancellationSource source;
  asl::Task<int> task = wait_for(event, source.token());
  EXPECT_FALSE(task.is_ready());
  event.set();
  ASSERT_TRUE(task.is_ready());
  EXPECT_EQ(asl::sync_wait(std::move(task)), 1);
  // Cancelling after the event won changes nothing.
  source.cancel();
}

TEST(EventWait, ASetEventCompletesAtOnceWithAnyToken) {
  asl::Event event(/*initially_set=*/true);
  EXPECT_EQ(asl::sync_wait(wait_for(event, {})), 1);
  asl::CancellationSource source;
  EXPECT_EQ(asl::sync_wait(wait_for(event, source.token())), 1);
}

TEST(EventWait, CancelWhileWaitingThrowsThroughTheTask) {
  asl::Event event;
  asl::CancellationSource source;
  asl::Task<int> task = wait_for(event, source.token());
  EXPECT_FALSE(task.is_ready());
  source.cancel();
  ASSERT_TRUE(task.is_ready());
  EXPECT_THROW(asl::sync_wait(std::move(task)), asl::operation_cancelled);

  // The cancelled waiter left the queue: a later set() resumes nothing
  // stale, and a new waiter still works.
  event.set();
  EXPECT_EQ(asl::sync_wait(wait_for(event, {})), 1);
}

TEST(EventWait, ACancelledTokenEndsTheWaitWithoutSuspending) {
  asl::Event event;
  asl::CancellationSource source;
  source.cancel();
  asl::Task<int> task = wait_for(event, source.token());
  ASSERT_TRUE(task.is_ready());
  EXPECT_THROW(asl::sync_wait(std::move(task)), asl::operation_cancelled);
}

TEST(EventWait, ACancelledTokenWinsEvenOverASetEvent) {
  // As for the other primitives: a token cancelled before the await starts
  // ends it, whatever the event's state.
  asl::Event event(/*initially_set=*/true);
  asl::CancellationSource source;
  source.cancel();
  EXPECT_THROW(asl::sync_wait(wait_for(event, source.token())),
               asl::operation_cancelled);
}

TEST(EventWait, AnExceptionAfterTheWaitReachesTheAwaiter) {
  asl::Event event;
  auto failing = [](asl::Event &e) -> asl::Task<int> {
    co_await e.wait({});
    throw std::runtime_error("after the wait");
  };
  asl::Task<int> task = failing(event);
  event.set();
  EXPECT_THROW(asl::sync_wait(std::move(task)), std::runtime_error);
}

TEST(EventWait, DestroyedWaiterLeavesTheQueue) {
  asl::Event event;
  asl::CancellationSource source;
  std::vector<int> order;
  auto waiter = [&](int id, asl::CancellationToken token) -> asl::Task<void> {
    co_await event.wait(std::move(token));
    order.push_back(id);
  };
  asl::Task<void> first = waiter(1, source.token());
  asl::Task<void> second = waiter(2, source.token());
  asl::Task<void> third = waiter(3, {});
  second = asl::Task<void>(); // destroyed while it waits
  event.set();
  EXPECT_EQ(order, (std::vector<int>{1, 3}));
  // Its registration with the token is gone too.
  source.cancel();
  EXPECT_EQ(order, (std::vector<int>{1, 3}));
}

TEST(EventWait, PlainAndCancellableWaitersResumeInOneOrder) {
  asl::Event event;
  std::vector<std::string> order;
  auto plain = [&](std::string name) -> asl::Task<void> {
    co_await event;
    order.push_back(name);
  };
  auto cancellable = [&](std::string name) -> asl::Task<void> {
    co_await event.wait({});
    order.push_back(name);
  };
  asl::Task<void> a = plain("a");
  asl::Task<void> b = cancellable("b");
  asl::Task<void> c = plain("c");
  asl::Task<void> d = cancellable("d");
  event.set();
  EXPECT_EQ(order, (std::vector<std::string>{"a", "b", "c", "d"}));
}

TEST(EventWait, CancellingOneWaiterLeavesTheOthersWaiting) {
  asl::Event event;
  asl::CancellationSource one;
  asl::CancellationSource other;
  asl::Task<int> cancelled = wait_or_zero(event, one.token());
  asl::Task<int> waiting = wait_or_zero(event, other.token());
  one.cancel();
  EXPECT_TRUE(cancelled.is_ready());
  EXPECT_FALSE(waiting.is_ready());
  event.set();
  EXPECT_EQ(asl::sync_wait(std::move(cancelled)), 0);
  EXPECT_EQ(asl::sync_wait(std::move(waiting)), 1);
}

// A waiter that cancels the next one of the same batch from inside its
// resumption: the cancelled one ends cancelled, once, not set.
TEST(EventWait, AWaiterCancelledBySetsEarlierWaiterEndsCancelled) {
  asl::Event event;
  asl::CancellationSource source;
  auto canceller = [&]() -> asl::Task<void> {
    co_await event;
    source.cancel();
  };
  asl::Task<void> first = canceller();
  asl::Task<int> second = wait_or_zero(event, source.token());
  event.set();
  ASSERT_TRUE(first.is_ready());
  ASSERT_TRUE(second.is_ready());
  EXPECT_EQ(asl::sync_wait(std::move(second)), 0);
}

TEST(EventWait, SetRacingCancelResumesEachWaiterOnce) {
  const int rounds = static_cast<int>(asl_test::scaled(2000));
  int set_won = 0;
  int cancel_won = 0;
  for (int round = 0; round != rounds; ++round) {
    asl::Event event;
    asl::CancellationSource source;
    std::atomic<int> resumed{0};
    auto waiter = [&]() -> asl::Task<int> {
      int outcome = co_await wait_or_zero(event, source.token());
      resumed.fetch_add(1);
      co_return outcome;
    };
    std::vector<asl::Task<int>> tasks;
    for (int i = 0; i != 3; ++i)
      tasks.push_back(waiter());

    std::thread setter([&] { event.set(); });
    std::thread canceller([&] { source.cancel(); });
    setter.join();
    canceller.join();

    for (auto &task : tasks) {
      ASSERT_TRUE(task.is_ready());
      (asl::sync_wait(std::move(task)) == 1 ? set_won : cancel_won) += 1;
    }
    EXPECT_EQ(resumed.load(), 3);
  }
  EXPECT_EQ(set_won + cancel_won, 3 * rounds);
}

} // namespace
