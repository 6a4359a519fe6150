// cancellation_test.cpp - asl::CancellationSource, CancellationToken and
// CancellationRegistration: callbacks run once, in order, on the cancelling
// thread; late registrations run at once; unregistering prevents a callback
// or waits for one running elsewhere (but not for one running on the same
// thread); and register/unregister racing with cancel() (run it under TSan).
#include <asl/cancellation.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "async_test_support.h"

namespace {

using asl::CancellationRegistration;
using asl::CancellationSource;
using asl::CancellationToken;
using namespace std::chrono_literals;

using erased_registration = CancellationRegistration<std::function<void()>>;

TEST(CancellationToken, DefaultTokenIsNeverCancelled) {
  CancellationToken never;
  EXPECT_FALSE(never.can_be_cancelled());
  EXPECT_FALSE(never.is_cancelled());
  EXPECT_NO_THROW(never.throw_if_cancelled());

  int calls = 0;
  CancellationRegistration reg(never, [&] { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST(CancellationSource, CancelIsSeenByEveryTokenOnce) {
  CancellationSource source;
  CancellationToken a = source.token();
  CancellationToken b = a;
  EXPECT_TRUE(a.can_be_cancelled());
  EXPECT_FALSE(b.is_cancelled());

  EXPECT_TRUE(source.cancel());
  EXPECT_FALSE(source.cancel());
  EXPECT_TRUE(source.is_cancelled());
  EXPECT_TRUE(a.is_cancelled());
  EXPECT_TRUE(b.is_cancelled());
  EXPECT_THROW(b.throw_if_cancelled(), asl::operation_cancelled);
}

TEST(CancellationSource, TokenOutlivesItsSource) {
  CancellationToken kept;
  {
    CancellationSource source;
    kept = source.token();
    source.cancel();
  }
  EXPECT_TRUE(kept.is_cancelled());

  CancellationToken uncancelled;
  {
    CancellationSource source;
    uncancelled = source.token();
  }
  EXPECT_FALSE(uncancelled.is_cancelled());
}

TEST(CancellationRegistration, CallbacksRunOnceInRegistrationOrder) {
  CancellationSource source;
  std::vector<int> order;
  CancellationRegistration first(source.token(), [&] { order.push_back(1); });
  CancellationRegistration second(source.token(), [&] { order.push_back(2); });
  CancellationRegistration third(source.token(), [&] { order.push_back(3); });

  source.cancel();
  source.cancel();
  EXPECT_EQ(order, (std::vector<int>{1, 2, 3}));
}

TEST(CancellationRegistration, CallbacksRunOnTheCancellingThread) {
  CancellationSource source;
  std::thread::id ran_on;
  CancellationRegistration reg(source.token(),
                               [&] { ran_on = std::this_thread::get_id(); });
  std::thread::id canceller;
  std::thread t([&] {
    canceller = std::this_thread::get_id();
    source.cancel();
  });
  t.join();
  EXPECT_EQ(ran_on, canceller);
}

TEST(CancellationRegistration, RegisteringAfterCancelRunsAtOnce) {
  CancellationSource source;
  source.cancel();
  int calls = 0;
  CancellationRegistration reg(source.token(), [&] { ++calls; });
  EXPECT_EQ(calls, 1);
}

TEST(CancellationRegistration, DestroyedRegistrationNeverRuns) {
  CancellationSource source;
  int calls = 0;
  {
    CancellationRegistration reg(source.token(), [&] { ++calls; });
  }
  source.cancel();
  EXPECT_EQ(calls, 0);
}

TEST(CancellationRegistration, CallbackMayDestroyItsOwnRegistration) {
  CancellationSource source;
  std::optional<erased_registration> reg;
  int calls = 0;
  reg.emplace(source.token(), std::function<void()>([&] {
                ++calls;
                reg.reset(); // on the cancelling thread: must not wait
              }));
  source.cancel();
  EXPECT_EQ(calls, 1);
  EXPECT_FALSE(reg.has_value());
}

TEST(CancellationRegistration, CallbackMayDestroyAnotherRegistration) {
  // The victim's callback is still to come: it is unlinked and never runs.
  CancellationSource source;
  int victim_calls = 0;
  std::unique_ptr<erased_registration> victim;
  CancellationRegistration killer(source.token(), [&] { victim.reset(); });
  victim = std::make_unique<erased_registration>(
      source.token(), std::function<void()>([&] { ++victim_calls; }));
  source.cancel();
  EXPECT_EQ(victim_calls, 0);

  // The victim's callback ran already: destroying it just returns.
  CancellationSource again;
  int earlier_calls = 0;
  auto earlier = std::make_unique<erased_registration>(
      again.token(), std::function<void()>([&] { ++earlier_calls; }));
  CancellationRegistration later(again.token(), [&] { earlier.reset(); });
  again.cancel();
  EXPECT_EQ(earlier_calls, 1);
  EXPECT_EQ(earlier, nullptr);
}

TEST(CancellationRegistration, DestructorWaitsForACallbackRunningElsewhere) {
  CancellationSource source;
  std::atomic<bool> entered{false};
  std::atomic<bool> finished{false};
  auto reg = std::make_unique<erased_registration>(
      source.token(), std::function<void()>([&] {
        entered.store(true);
        std::this_thread::sleep_for(50ms);
        finished.store(true);
      }));
  std::thread canceller([&] { source.cancel(); });
  while (!entered.load())
    std::this_thread::yield();
  reg.reset();
  EXPECT_TRUE(finished.load());
  canceller.join();
}

// Registrations come and go on several threads while another cancels: a
// callback runs at most once, and exactly once if its registration stays
// until cancel() has returned.
TEST(CancellationRegistration, RegisteringRacesWithCancel) {
  const std::size_t rounds = asl_test::scaled(2000);
  for (std::size_t round = 0; round != rounds; ++round) {
    CancellationSource source;
    std::atomic<bool> cancel_returned{false};
    std::atomic<int> ran[3][4] = {};
    std::vector<std::thread> threads;
    for (int t = 0; t != 3; ++t) {
      threads.emplace_back([&, t] {
        std::optional<erased_registration> regs[4];
        for (int i = 0; i != 4; ++i)
          regs[i].emplace(source.token(), std::function<void()>([&, t, i] {
                            ran[t][i].fetch_add(1);
                          }));
        // Two of them go away again, maybe while cancel() runs.
        regs[0].reset();
        regs[1].reset();
        while (!cancel_returned.load())
          std::this_thread::yield();
      });
    }
    std::thread canceller([&] {
      source.cancel();
      cancel_returned.store(true);
    });
    for (auto &t : threads)
      t.join();
    canceller.join();
    for (int t = 0; t != 3; ++t) {
      EXPECT_LE(ran[t][0].load(), 1);
      EXPECT_LE(ran[t][1].load(), 1);
      EXPECT_EQ(ran[t][2].load(), 1);
      EXPECT_EQ(ran[t][3].load(), 1);
    }
  }
}

} // namespace
