// frame_allocator_test.cpp - the per-thread cache that boxes and native
// frames come from: blocks are reused, blocks freed on another thread than
// the one that allocated them move between threads through the depot, a
// thread that only allocates takes blocks from malloc in batches, and an
// exiting thread hands its blocks back (the ASan build's leak check sees
// any it loses). Under ASan a cached block is poisoned, which the tests of
// the whole runtime exercise on every box.
#include <asl/detail/frame_allocator.h>

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <set>
#include <thread>
#include <vector>

namespace {

using asl::detail::allocate_frame;
using asl::detail::deallocate_frame;
using asl::detail::magazine_size;
using asl::detail::max_cached_frame;

TEST(FrameAllocator, BlocksAreSixteenByteAlignedAndWritable) {
  for (std::size_t size : {1, 15, 16, 17, 100, 192, 511, 512, 513, 4096}) {
    void *block = allocate_frame(size);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(block) % 16, 0u) << size;
    std::memset(block, 0xab, size);
    deallocate_frame(block, size);
  }
}

TEST(FrameAllocator, AFreedBlockIsReusedForTheSameSizeClass) {
  void *first = allocate_frame(100);
  deallocate_frame(first, 100);
  // 97..112 bytes share a class: the cache hands the same block back.
  void *second = allocate_frame(112);
  EXPECT_EQ(first, second);
  deallocate_frame(second, 112);
}

TEST(FrameAllocator, ManyLiveBlocksAreDistinct) {
  constexpr std::size_t count = 10 * magazine_size + 3;
  std::vector<void *> blocks;
  std::set<void *> distinct;
  for (std::size_t i = 0; i != count; ++i) {
    blocks.push_back(allocate_frame(192));
    std::memset(blocks.back(), int(i), 192);
    distinct.insert(blocks.back());
  }
  EXPECT_EQ(distinct.size(), count);
  for (void *block : blocks)
    deallocate_frame(block, 192);
}

// What a pool does to boxes: one thread allocates, another frees, in bulk,
// so blocks pile up on the freeing thread and must travel back through the
// depot. Each block is written by its allocator and checked by its freer.
TEST(FrameAllocator, BlocksFreedOnAnotherThreadComeBackThroughTheDepot) {
  constexpr int rounds = 200;
  constexpr std::size_t batch = 3 * magazine_size + 5;
  for (int round = 0; round != rounds; ++round) {
    std::vector<unsigned char *> blocks;
    for (std::size_t i = 0; i != batch; ++i) {
      auto *block = static_cast<unsigned char *>(allocate_frame(176));
      std::memset(block, int(i & 0xff), 176);
      blocks.push_back(block);
    }
    std::thread freer([&] {
      for (std::size_t i = 0; i != batch; ++i) {
        EXPECT_EQ(blocks[i][0], i & 0xff);
        EXPECT_EQ(blocks[i][175], i & 0xff);
        deallocate_frame(blocks[i], 176);
      }
    });
    freer.join();
  }
}

// Two threads that each allocate what the other frees, at once.
TEST(FrameAllocator, ThreadsExchangingBlocksConcurrently) {
  constexpr int per_thread = 20000;
  std::vector<void *> from_a(per_thread), from_b(per_thread);
  auto work = [](std::vector<void *> &mine, std::vector<void *> &theirs,
                 std::thread &other) {
    for (auto &block : mine) {
      block = allocate_frame(200);
      std::memset(block, 1, 200);
    }
    other.join();
    for (void *block : theirs)
      deallocate_frame(block, 200);
  };
  std::thread b([&] {
    for (auto &block : from_b) {
      block = allocate_frame(200);
      std::memset(block, 2, 200);
    }
  });
  std::thread a([&] { work(from_a, from_b, b); });
  a.join();
  for (void *block : from_a)
    deallocate_frame(block, 200);
}

// A thread that only allocates, with no full magazine in the depot for its
// size class (336 bytes: no other test uses the class), leaves the fast
// path once per refill_blocks allocations, not once per allocation: the
// slow path keeps a batch from malloc as the current magazine.
TEST(FrameAllocator, AnAllocatingThreadRefillsFromMallocInBatches) {
  using asl::detail::refill_blocks;
  constexpr std::size_t size = 336;
  constexpr std::size_t count = 20 * refill_blocks;
  std::vector<void *> blocks;
  std::size_t slow_paths = 0;
  std::thread allocator([&] {
    const auto &bin =
        asl::detail::this_thread_frames.bins[asl::detail::frame_class(size)];
    for (std::size_t i = 0; i != count; ++i) {
      slow_paths += bin.current == nullptr;
      blocks.push_back(allocate_frame(size));
      std::memset(blocks.back(), int(i), size);
    }
  });
  allocator.join();
  EXPECT_EQ(slow_paths, count / refill_blocks);
  EXPECT_EQ(std::set<void *>(blocks.begin(), blocks.end()).size(), count);
  for (void *block : blocks)
    deallocate_frame(block, size);
}

TEST(FrameAllocator, LargeFramesBypassTheCache) {
  void *block = allocate_frame(max_cached_frame + 1);
  std::memset(block, 0, max_cached_frame + 1);
  deallocate_frame(block, max_cached_frame + 1);
}

std::vector<std::size_t> seen_sizes;
void record_size(std::size_t size) noexcept { seen_sizes.push_back(size); }

TEST(FrameAllocator, TheHookSeesEveryAllocation) {
  auto saved = asl::detail::frame_allocation_hook;
  asl::detail::frame_allocation_hook = &record_size;
  seen_sizes.clear();
  void *small = allocate_frame(40);
  void *large = allocate_frame(1000);
  asl::detail::frame_allocation_hook = saved;
  deallocate_frame(small, 40);
  deallocate_frame(large, 1000);
  EXPECT_EQ(seen_sizes, (std::vector<std::size_t>{40, 1000}));
}

} // namespace
