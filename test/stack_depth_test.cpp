// stack_depth_test.cpp - continuations never run unboundedly deep on one
// stack: a chain of 100,000 tasks, each awaiting the one below it, that
// completes on a pool worker (each level awaiting from the pool, or with
// configure_await(false)) or on a plain thread; and 100,000 tasks each woken
// by an event that the one before it sets, on a worker and on a plain
// thread. Were any of these resumed one inside the other, 100,000 levels
// would overflow the 8 MiB stack of the thread they end on.
#include <asl/task.h>
#include <asl/thread_pool.h>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace {

constexpr long chain_length = 100'000;

asl::Task<long> bottom(asl::ThreadPool *pool, asl::Event &gate) {
  if (pool != nullptr)
    co_await pool->schedule();
  co_await gate;
  co_return 0;
}

// One level: awaits the level below. Built bottom-up, so each call suspends
// at once and creating the chain does not nest.
asl::Task<long> level(asl::ThreadPool *pool, asl::Task<long> below,
                      bool capture) {
  if (pool != nullptr)
    co_await pool->schedule();
  long depth = co_await asl::configure_await(std::move(below), capture);
  co_return depth + 1;
}

long run_chain(asl::ThreadPool *pool, bool capture) {
  asl::Event gate;
  asl::Task<long> top = bottom(pool, gate);
  for (long i = 0; i != chain_length; ++i)
    top = level(pool, std::move(top), capture);
  gate.set();
  return asl::sync_wait(std::move(top));
}

TEST(StackDepth, NestedAwaitsCompletingOnAWorkerRunAtConstantDepth) {
  asl::ThreadPool pool(2);
  EXPECT_EQ(run_chain(&pool, /*capture=*/true), chain_length);
}

TEST(StackDepth, NestedAwaitsResumingWhereTheyEndRunAtConstantDepth) {
  asl::ThreadPool pool(2);
  EXPECT_EQ(run_chain(&pool, /*capture=*/false), chain_length);
}

TEST(StackDepth, NestedAwaitsCompletingOnAPlainThreadRunAtConstantDepth) {
  EXPECT_EQ(run_chain(nullptr, /*capture=*/true), chain_length);
}

// Awaits its event, then sets the next one: the next waiter is woken from
// inside this one's resumption.
asl::Task<void> relay(asl::ThreadPool *pool, asl::Event &mine, asl::Event &next,
                      long &relayed) {
  if (pool != nullptr)
    co_await pool->schedule();
  co_await mine;
  ++relayed; // one task at a time: each runs after the previous one's set()
  next.set();
}

long run_relay(asl::ThreadPool *pool) {
  auto events = std::make_unique<asl::Event[]>(chain_length + 1);
  long relayed = 0;
  std::vector<asl::Task<void>> tasks;
  tasks.reserve(chain_length);
  for (long i = 0; i != chain_length; ++i)
    tasks.push_back(relay(pool, events[i], events[i + 1], relayed));
  events[0].set();
  for (auto &task : tasks)
    asl::sync_wait(std::move(task));
  return relayed;
}

TEST(StackDepth, EventsSetFromResumedWaitersOnAWorkerDoNotNest) {
  asl::ThreadPool pool(2);
  EXPECT_EQ(run_relay(&pool), chain_length);
}

TEST(StackDepth, EventsSetFromResumedWaitersOnAPlainThreadDoNotNest) {
  EXPECT_EQ(run_relay(nullptr), chain_length);
}

} // namespace
