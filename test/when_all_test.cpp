// when_all_test.cpp - asl::when_all and asl::when_any: results in argument
// order (void as std::monostate), completion without suspending when every
// task has ended, the first failure in argument order, destroying a waiting
// combination, tasks ending concurrently on a pool; when_any's winner, its
// exception, losers that run on (and free the shared state when they end),
// cancelling the losers, and the vector forms.
#include <asl/cancellation.h>
#include <asl/task.h>
#include <asl/timer_queue.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <stdexcept>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

#include "async_test_support.h"

namespace {

using namespace std::chrono_literals;

// Ends with `value` once `gate` is set (at once when no gate).
template <class T> asl::Task<T> after(asl::Event *gate, T value) {
  if (gate != nullptr)
    co_await *gate;
  co_return value;
}

asl::Task<void> after_void(asl::Event *gate, int &ran) {
  if (gate != nullptr)
    co_await *gate;
  ++ran;
}

struct boom : std::runtime_error {
  explicit boom(int which)
      : std::runtime_error("boom " + std::to_string(which)), which(which) {}
  int which;
};

asl::Task<int> fail_after(asl::Event *gate, int which) {
  if (gate != nullptr)
    co_await *gate;
  throw boom(which);
}

TEST(WhenAll, YieldsEveryResultInArgumentOrder) {
  asl::Event a, b;
  int ran = 0;
  auto all = asl::when_all(after<int>(&a, 1), after<std::string>(&b, "two"),
                           after_void(&a, ran));
  EXPECT_FALSE(all.is_ready());
  b.set();
  EXPECT_FALSE(all.is_ready());
  a.set();
  ASSERT_TRUE(all.is_ready());
  std::tuple<int, std::string, std::monostate> results =
      std::move(all).result();
  EXPECT_EQ(std::get<0>(results), 1);
  EXPECT_EQ(std::get<1>(results), "two");
  EXPECT_EQ(ran, 1);
}

TEST(WhenAll, TasksThatHaveEndedAlreadyCompleteItAtOnce) {
  auto all = asl::when_all(after<int>(nullptr, 1), after<int>(nullptr, 2));
  ASSERT_TRUE(all.is_ready());
  EXPECT_EQ(std::move(all).result(), std::make_tuple(1, 2));
  auto none = asl::when_all();
  EXPECT_TRUE(none.is_ready());
}

TEST(WhenAll, FailsWithTheFirstFailureInArgumentOrderOnceAllEnded) {
  asl::Event first, second, last;
  auto all = asl::when_all(after<int>(&last, 0), fail_after(&second, 1),
                           fail_after(&first, 2));
  first.set();                  // task 2 fails first in time
  second.set();                 // task 1 fails
  EXPECT_FALSE(all.is_ready()); // task 0 is still running
  last.set();
  ASSERT_TRUE(all.is_ready());
  try {
    asl::sync_wait(std::move(all));
    ADD_FAILURE() << "no exception";
  } catch (const boom &e) {
    EXPECT_EQ(e.which, 1);
  }
}

TEST(WhenAll, VectorFormKeepsTheOrder) {
  std::vector<asl::Event> gates(5);
  std::vector<asl::Task<int>> tasks;
  for (int i = 0; i != 5; ++i)
    tasks.push_back(after<int>(&gates[i], i * 10));
  auto all = asl::when_all(std::move(tasks));
  for (int i = 4; i >= 0; --i)
    gates[i].set();
  EXPECT_EQ(asl::sync_wait(std::move(all)),
            (std::vector<int>{0, 10, 20, 30, 40}));

  int ran = 0;
  std::vector<asl::Task<void>> voids;
  voids.push_back(after_void(nullptr, ran));
  voids.push_back(after_void(nullptr, ran));
  asl::sync_wait(asl::when_all(std::move(voids)));
  EXPECT_EQ(ran, 2);
  EXPECT_TRUE(
      asl::sync_wait(asl::when_all(std::vector<asl::Task<int>>())).empty());
}

TEST(WhenAll, DestroyingAWaitingCombinationDestroysItsTasks) {
  asl::Event gate;
  {
    auto all = asl::when_all(after<int>(&gate, 1), after<int>(nullptr, 2));
    EXPECT_FALSE(all.is_ready());
  }
  gate.set(); // nobody waits any more
  SUCCEED();
}

asl::Task<std::uint64_t> leaf(asl::ThreadPool &pool, std::uint64_t value) {
  co_await pool.schedule();
  co_return value;
}

asl::Task<std::uint64_t> sum_range(asl::ThreadPool &pool, std::uint64_t lo,
                                   std::uint64_t hi) {
  co_await pool.schedule();
  if (hi - lo <= 8) {
    std::vector<asl::Task<std::uint64_t>> leaves;
    for (std::uint64_t v = lo; v != hi; ++v)
      leaves.push_back(leaf(pool, v));
    std::uint64_t sum = 0;
    for (std::uint64_t v : co_await asl::when_all(std::move(leaves)))
      sum += v;
    co_return sum;
  }
  std::uint64_t mid = lo + (hi - lo) / 2;
  auto [left, right] = co_await asl::when_all(sum_range(pool, lo, mid),
                                              sum_range(pool, mid, hi));
  co_return left + right;
}

TEST(WhenAll, TasksEndingConcurrentlyOnAPoolAddUp) {
  const std::uint64_t n = asl_test::scaled(20000);
  for (unsigned workers : {1u, 2u, 8u}) {
    SCOPED_TRACE(workers);
    asl::ThreadPool pool(workers);
    asl_test::pool_watchdog watchdog(pool);
    EXPECT_EQ(asl::sync_wait(sum_range(pool, 0, n)), n * (n - 1) / 2);
  }
}

TEST(WhenAny, TheFirstTaskToEndWins) {
  asl::Event a, b;
  auto any = asl::when_any(after<int>(&a, 1), after<std::string>(&b, "b"));
  EXPECT_FALSE(any.is_ready());
  b.set();
  ASSERT_TRUE(any.is_ready());
  std::variant<int, std::string> first = std::move(any).result();
  ASSERT_EQ(first.index(), 1u);
  EXPECT_EQ(std::get<1>(first), "b");
  a.set(); // the loser ends later, into the shared state
}

TEST(WhenAny, ATaskThatHasEndedAlreadyWinsAtOnce) {
  asl::Event never;
  auto any = asl::when_any(after<int>(&never, 1), after<int>(nullptr, 2),
                           after<int>(nullptr, 3));
  ASSERT_TRUE(any.is_ready());
  std::variant<int, int, int> first = std::move(any).result();
  EXPECT_EQ(first.index(), 1u);
  EXPECT_EQ(std::get<1>(first), 2);
  never.set(); // lets the loser end, so the state is freed (ASan checks)
}

TEST(WhenAny, FailsWhenTheWinnerFailed) {
  asl::Event a, b;
  auto any = asl::when_any(after<int>(&a, 1), fail_after(&b, 7));
  b.set();
  try {
    asl::sync_wait(std::move(any));
    ADD_FAILURE() << "no exception";
  } catch (const boom &e) {
    EXPECT_EQ(e.which, 7);
  }
  a.set();
}

TEST(WhenAny, LosersRunOnAfterTheCombinationIsGone) {
  asl::Event a, b;
  int ran = 0;
  {
    auto any = asl::when_any(after_void(&a, ran), after_void(&b, ran));
    a.set();
    EXPECT_EQ(asl::sync_wait(std::move(any)).index(), 0u);
  }
  EXPECT_EQ(ran, 1);
  b.set();
  EXPECT_EQ(ran, 2);
}

TEST(WhenAny, DestroyingAWaitingCombinationLetsTheTasksEndLater) {
  asl::Event a;
  int ran = 0;
  {
    auto any = asl::when_any(after_void(&a, ran), after_void(&a, ran));
    EXPECT_FALSE(any.is_ready());
  }
  a.set();
  EXPECT_EQ(ran, 2);
}

asl::Task<int> sleep_then(asl::TimerQueue &timers, asl::TimerQueue::duration d,
                          asl::CancellationToken token, int value) {
  co_await timers.delay(d, token);
  co_return value;
}

asl::Task<int> race(asl::TimerQueue &timers) {
  asl::CancellationSource losers;
  auto first =
      co_await asl::when_any(sleep_then(timers, 5ms, losers.token(), 5),
                             sleep_then(timers, 1h, losers.token(), 3600));
  losers.cancel(); // the hour-long sleep ends now, with operation_cancelled
  co_return std::visit([](int v) { return v; }, first);
}

TEST(WhenAny, CancellingTheLosersEndsThem) {
  asl::TimerQueue timers(asl::TimerQueue::manual_time);
  asl::Task<int> task = race(timers);
  timers.advance(5ms);
  ASSERT_TRUE(task.is_ready());
  EXPECT_EQ(std::move(task).result(), 5);
  EXPECT_EQ(timers.pending(), 0u);
}

TEST(WhenAny, VectorFormReportsTheIndex) {
  std::vector<asl::Event> gates(4);
  std::vector<asl::Task<int>> tasks;
  for (int i = 0; i != 4; ++i)
    tasks.push_back(after<int>(&gates[i], i * 10));
  auto any = asl::when_any(std::move(tasks));
  gates[2].set();
  asl::when_any_result<int> first = asl::sync_wait(std::move(any));
  EXPECT_EQ(first.index, 2u);
  EXPECT_EQ(first.value, 20);
  for (auto &gate : gates)
    gate.set();
  EXPECT_THROW(static_cast<void>(asl::when_any(std::vector<asl::Task<int>>())),
               std::invalid_argument);
}

// Tasks racing to end on a pool: exactly one wins each round, and every
// loser still ends.
TEST(WhenAny, RacesOnAPoolHaveOneWinner) {
  const int rounds = static_cast<int>(asl_test::scaled(500));
  asl::ThreadPool pool(4);
  asl_test::pool_watchdog watchdog(pool);
  for (int round = 0; round != rounds; ++round) {
    std::vector<asl::Task<std::uint64_t>> tasks;
    for (std::uint64_t i = 0; i != 4; ++i)
      tasks.push_back(leaf(pool, i));
    asl::when_any_result<std::uint64_t> first =
        asl::sync_wait(asl::when_any(std::move(tasks)));
    EXPECT_EQ(first.value, first.index);
  }
}

} // namespace
