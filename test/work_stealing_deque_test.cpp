// Unit tests for asl::detail::work_stealing_deque: the owner's LIFO end, the
// thieves' FIFO end, growth, indices near the int64 limit, and exactly-once
// delivery while several thieves race the owner.
//
// ASL_STRESS_SCALE (a positive number, default 1) scales the item counts of
// the concurrent tests, e.g. 0.25 under ThreadSanitizer.
#include <asl/detail/work_stealing_deque.h>

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>
#include <limits>
#include <thread>
#include <vector>

namespace {

using asl::detail::resumable;
using asl::detail::work_stealing_deque;

void never_resumed(resumable *) { std::abort(); }

// An item with a plain (non-atomic) field, so that ThreadSanitizer checks
// that the deque publishes what the owner wrote before push().
struct tagged : resumable {
  tagged() : resumable{&never_resumed} {}
  std::size_t tag = 0;
};

// Items whose identity is their position in the vector.
struct items {
  explicit items(std::size_t count) : storage(count) {}
  resumable *operator[](std::size_t i) { return &storage[i]; }
  // Writes item i's tag, as a producer fills in a continuation, and returns
  // the item.
  resumable *filled(std::size_t i) {
    storage[i].tag = i + 1;
    return &storage[i];
  }
  std::size_t index_of(const resumable *r) const {
    return static_cast<std::size_t>(static_cast<const tagged *>(r) -
                                    storage.data());
  }
  std::vector<tagged> storage;
};

std::size_t scaled(std::size_t count) {
  double scale = 1.0;
  if (const char *text = std::getenv("ASL_STRESS_SCALE"))
    scale = std::atof(text);
  if (scale <= 0)
    scale = 1.0;
  auto result = static_cast<std::size_t>(static_cast<double>(count) * scale);
  return result < 100 ? 100 : result;
}

// Lets a group of threads start racing at the same moment: thread start-up
// takes longer than a short race lasts.
class start_line {
public:
  explicit start_line(unsigned threads) : waiting_(threads) {}
  void arrive_and_wait() {
    // Relaxed: the deque under test must provide every ordering the tests
    // check, so the start line provides none.
    waiting_.fetch_sub(1, std::memory_order_relaxed);
    while (waiting_.load(std::memory_order_relaxed) != 0)
      std::this_thread::yield();
  }

private:
  std::atomic<unsigned> waiting_;
};

constexpr std::int64_t near_max =
    std::numeric_limits<std::int64_t>::max() - (std::int64_t{1} << 24);

TEST(WorkStealingDeque, StealFromEmptyReturnsNothing) {
  work_stealing_deque deque;
  EXPECT_EQ(deque.steal(), nullptr);
  EXPECT_EQ(deque.size_hint(), 0);
}

TEST(WorkStealingDeque, PopFromEmptyReturnsNothing) {
  work_stealing_deque deque;
  EXPECT_EQ(deque.pop(), nullptr);
  // The failed pop must leave the deque usable.
  items item(1);
  deque.push(item[0]);
  EXPECT_EQ(deque.pop(), item[0]);
  EXPECT_EQ(deque.pop(), nullptr);
  EXPECT_EQ(deque.steal(), nullptr);
}

TEST(WorkStealingDeque, OwnerPopsNewestFirst) {
  work_stealing_deque deque;
  items item(10);
  for (std::size_t i = 0; i != 10; ++i)
    deque.push(item[i]);
  EXPECT_EQ(deque.size_hint(), 10);
  for (std::size_t i = 10; i != 0; --i)
    EXPECT_EQ(deque.pop(), item[i - 1]);
  EXPECT_EQ(deque.pop(), nullptr);
}

TEST(WorkStealingDeque, ThievesStealOldestFirst) {
  work_stealing_deque deque;
  items item(10);
  for (std::size_t i = 0; i != 10; ++i)
    deque.push(item[i]);
  for (std::size_t i = 0; i != 10; ++i)
    EXPECT_EQ(deque.steal(), item[i]);
  EXPECT_EQ(deque.steal(), nullptr);
  EXPECT_EQ(deque.pop(), nullptr);
}

TEST(WorkStealingDeque, PopAndStealMeetInTheMiddle) {
  work_stealing_deque deque;
  items item(6);
  for (std::size_t i = 0; i != 6; ++i)
    deque.push(item[i]);
  EXPECT_EQ(deque.steal(), item[0]);
  EXPECT_EQ(deque.pop(), item[5]);
  EXPECT_EQ(deque.steal(), item[1]);
  EXPECT_EQ(deque.pop(), item[4]);
  EXPECT_EQ(deque.pop(), item[3]);
  EXPECT_EQ(deque.steal(), item[2]);
  EXPECT_EQ(deque.pop(), nullptr);
  EXPECT_EQ(deque.steal(), nullptr);
}

TEST(WorkStealingDeque, GrowsPastItsInitialCapacity) {
  work_stealing_deque deque(2);
  EXPECT_EQ(deque.capacity(), 2);
  items item(1000);
  for (std::size_t i = 0; i != 1000; ++i)
    deque.push(item[i]);
  EXPECT_EQ(deque.capacity(), 1024);
  EXPECT_EQ(deque.size_hint(), 1000);
  for (std::size_t i = 0; i != 500; ++i)
    EXPECT_EQ(deque.steal(), item[i]);
  for (std::size_t i = 1000; i != 500; --i)
    EXPECT_EQ(deque.pop(), item[i - 1]);
  EXPECT_EQ(deque.pop(), nullptr);
}

// Growth copies a range that wraps around the end of the old array.
TEST(WorkStealingDeque, GrowsWhileItsItemsWrapAround) {
  work_stealing_deque deque(4);
  items item(7);
  for (std::size_t i = 0; i != 3; ++i)
    deque.push(item[i]);
  EXPECT_EQ(deque.steal(), item[0]);
  EXPECT_EQ(deque.steal(), item[1]);
  // Slots 3, 0, 1, 2 now hold items 2..5; item 6 forces growth.
  for (std::size_t i = 3; i != 7; ++i)
    deque.push(item[i]);
  EXPECT_EQ(deque.capacity(), 8);
  for (std::size_t i = 2; i != 7; ++i)
    EXPECT_EQ(deque.steal(), item[i]);
  EXPECT_EQ(deque.steal(), nullptr);
}

TEST(WorkStealingDeque, CapacityIsRoundedUpToAPowerOfTwo) {
  EXPECT_EQ(work_stealing_deque(1).capacity(), 1);
  EXPECT_EQ(work_stealing_deque(3).capacity(), 4);
  EXPECT_EQ(work_stealing_deque(64).capacity(), 64);
  EXPECT_EQ(work_stealing_deque(65).capacity(), 128);
}

// Only differences of indices matter, wherever they start.
TEST(WorkStealingDeque, WorksWithIndicesNearTheInt64Limit) {
  for (std::int64_t first :
       {std::int64_t{0}, std::int64_t{1} << 40, near_max}) {
    SCOPED_TRACE(first);
    work_stealing_deque deque(2, first);
    items item(100);
    for (int round = 0; round != 3; ++round) {
      for (std::size_t i = 0; i != 100; ++i)
        deque.push(item[i]);
      for (std::size_t i = 0; i != 50; ++i)
        EXPECT_EQ(deque.steal(), item[i]);
      for (std::size_t i = 100; i != 50; --i)
        EXPECT_EQ(deque.pop(), item[i - 1]);
      EXPECT_EQ(deque.pop(), nullptr);
      EXPECT_EQ(deque.steal(), nullptr);
    }
  }
}

// The owner pushes in bursts and pops some items back while `thieves`
// threads steal; every item must be taken exactly once.
void race_owner_against_thieves(unsigned thieves, std::int64_t capacity,
                                std::int64_t first_index) {
  const std::size_t count = scaled(200'000);
  work_stealing_deque deque(capacity, first_index);
  items item(count);
  std::vector<std::atomic<int>> taken(count);
  std::atomic<std::size_t> total{0};
  std::atomic<bool> owner_done{false};
  start_line start(thieves + 1);

  auto take = [&](resumable *r) {
    std::size_t i = item.index_of(r);
    // Reads what the owner wrote before push(): a race unless the deque
    // orders it.
    EXPECT_EQ(static_cast<tagged *>(r)->tag, i + 1);
    taken[i].fetch_add(1, std::memory_order_relaxed);
    total.fetch_add(1, std::memory_order_relaxed);
  };

  std::vector<std::thread> threads;
  for (unsigned i = 0; i != thieves; ++i)
    threads.emplace_back([&] {
      start.arrive_and_wait();
      for (;;) {
        // Acquire: pairs with the release store after the owner's last push;
        // once it is seen, an empty steal means the deque is drained.
        bool done = owner_done.load(std::memory_order_acquire);
        if (resumable *r = deque.steal())
          take(r);
        else if (done)
          return;
      }
    });

  start.arrive_and_wait();
  std::size_t next = 0;
  unsigned burst = 1;
  while (next != count) {
    for (unsigned i = 0; i != burst && next != count; ++i)
      deque.push(item.filled(next++));
    // Pop about a third back, so the owner often races thieves for the last
    // item.
    for (unsigned i = 0; i <= burst / 3; ++i)
      if (resumable *r = deque.pop())
        take(r);
    burst = burst % 97 + 1;
  }
  // Release: pairs with the acquire load in the thieves.
  owner_done.store(true, std::memory_order_release);
  while (resumable *r = deque.pop())
    take(r);
  for (auto &t : threads)
    t.join();

  EXPECT_EQ(total.load(), count);
  std::size_t wrong = 0;
  for (std::size_t i = 0; i != count; ++i)
    if (taken[i].load() != 1 && wrong++ < 5)
      ADD_FAILURE() << "item " << i << " taken " << taken[i].load() << " times";
  EXPECT_EQ(wrong, 0u);
}

TEST(WorkStealingDeque, ConcurrentStealsTakeEveryItemExactlyOnce) {
  for (unsigned thieves : {1u, 2u, 4u}) {
    SCOPED_TRACE(thieves);
    race_owner_against_thieves(thieves, 64, 0);
  }
}

// A tiny initial array makes the owner grow it while thieves read the old.
TEST(WorkStealingDeque, ConcurrentStealsSurviveGrowth) {
  for (unsigned thieves : {1u, 3u}) {
    SCOPED_TRACE(thieves);
    race_owner_against_thieves(thieves, 1, 0);
  }
}

TEST(WorkStealingDeque, ConcurrentStealsWorkWithIndicesNearTheInt64Limit) {
  race_owner_against_thieves(2, 2, near_max);
}

// The owner keeps the deque at one or two items and pops while `thieves`
// threads steal: its pops race them for the last and next-to-last items.
void race_for_the_last_items(int thief_count) {
  const std::size_t count = scaled(1'000'000);
  work_stealing_deque deque(4);
  items item(count);
  std::vector<std::atomic<int>> taken(count);
  std::atomic<bool> done{false};
  std::atomic<std::size_t> stolen{0};
  start_line start(thief_count + 1);

  std::vector<std::thread> thieves;
  for (int i = 0; i != thief_count; ++i)
    thieves.emplace_back([&] {
      start.arrive_and_wait();
      // Relaxed: only ends the loop; results are read after join().
      while (!done.load(std::memory_order_relaxed))
        if (resumable *r = deque.steal()) {
          taken[item.index_of(r)].fetch_add(1, std::memory_order_relaxed);
          stolen.fetch_add(1, std::memory_order_relaxed);
        }
    });

  start.arrive_and_wait();
  std::size_t popped = 0;
  for (std::size_t i = 0; i != count;) {
    deque.push(item[i++]);
    if (i % 3 == 0 && i != count)
      deque.push(item[i++]);
    while (resumable *r = deque.pop()) {
      taken[item.index_of(r)].fetch_add(1, std::memory_order_relaxed);
      ++popped;
    }
  }
  done.store(true, std::memory_order_relaxed);
  for (auto &t : thieves)
    t.join();

  EXPECT_EQ(popped + stolen.load(), count);
  for (std::size_t i = 0; i != count; ++i)
    ASSERT_EQ(taken[i].load(), 1) << "item " << i;
}

// One thief runs truly alongside the owner on two cores; two make the
// next-to-last item contended too.
TEST(WorkStealingDeque, OwnerAndThievesRaceForTheLastItems) {
  for (int thieves : {1, 2}) {
    SCOPED_TRACE(thieves);
    race_for_the_last_items(thieves);
  }
}

} // namespace
