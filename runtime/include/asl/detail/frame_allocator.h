// asl/detail/frame_allocator.h - where the heap boxes of lowered machines and
// the frames of native coroutines come from: a per-thread cache of blocks by
// size class, in front of malloc.
//
//   void *p = asl::detail::allocate_frame(sizeof(Box));
//   asl::detail::deallocate_frame(p, sizeof(Box));  // any thread
//
// Why not plain operator new: on a pool a box is often allocated on one
// worker and freed on another, and many at a time (skynet frees ten children
// in a row). glibc's per-thread cache keeps 7 blocks per size, and blocks of
// more than 120 bytes miss its fastbins, so such frees and the allocations
// after them go to the arena, under its lock. This cache keeps more, and
// moves blocks between threads in batches.
//
// How: sizes up to max_cached_frame bytes are rounded up to a multiple of 16
// (one class per multiple). Each thread keeps, per class, two "magazines" of
// up to magazine_size free blocks, linked through the blocks (Bonwick's
// magazine layer): allocating pops the current magazine, freeing pushes on
// it. When the current magazine is full on a free, a full spare goes to a
// process-wide depot and the current one becomes the spare; when both are
// empty on an allocation, a full magazine comes from the depot, else
// refill_blocks blocks from malloc, one at a time: one is returned and the
// others kept as the current magazine. A block freed on another thread than
// the one that allocated it simply joins the freeing thread's cache: no
// block has an owner, and threads that free more than they allocate hand
// whole magazines back through the depot. The depot keeps at most
// max_depot_magazines per class and returns the rest to malloc. A thread
// that exits hands its magazines to the depot.
//
// Frames and boxes therefore never reach a replaced global operator new.
// Code that counts allocations (tests, benchmarks) sets
// frame_allocation_hook, which sees the size of every frame or box.
//
// No class changes its layout for this: the hooks are static member
// operators new and delete of machine_box and the native promise.
//
// Under AddressSanitizer a cached block is poisoned, except for its two link
// words, so a use after free of a box or frame is still reported while the
// block sits in a cache (not once it has been handed out again). Only the
// inline functions below poison and unpoison, in the program's own
// translation units: a sanitized program may link a runtime library built
// without ASan (the sanitized input builds do), whose slow paths then must
// not be the ones that unpoison a block.
//
// Thread-safety: allocate_frame and deallocate_frame may be called from any
// thread, the pair for one block from different threads.
#pragma once

#include <cstddef>
#include <new>

#if defined(__SANITIZE_ADDRESS__)
#define ASL_FRAME_POISONING 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ASL_FRAME_POISONING 1
#endif
#endif
#if defined(ASL_FRAME_POISONING)
#include <sanitizer/asan_interface.h>
#endif

namespace asl::detail {

inline constexpr std::size_t frame_granule = 16;
// Larger frames go to malloc directly (native frames of big coroutines).
inline constexpr std::size_t max_cached_frame = 512;
inline constexpr std::size_t frame_classes = max_cached_frame / frame_granule;
inline constexpr unsigned magazine_size = 32;
inline constexpr unsigned max_depot_magazines = 64;
inline constexpr unsigned refill_blocks = 8;
static_assert(refill_blocks >= 1 && refill_blocks <= magazine_size);

// A free block: the link to the next block of its magazine, and, in the
// first block of a magazine in the depot, the link to the next magazine.
struct free_block {
  free_block *next;
  free_block *next_magazine;
};

struct frame_bin {
  free_block *current = nullptr;
  // Blocks the current magazine can still take. Zero in a fresh cache,
  // so that the first free, like the first allocation, takes the slow path,
  // which registers the cache's cleanup; zero again once retired.
  unsigned room = 0;
  free_block *spare = nullptr; // a full magazine, or null
};

// One thread's cache. Zero-initialized and trivially destructible, so the
// fast paths reach it without a thread_local guard; the slow paths register
// its cleanup at the thread's exit. `retired` once that cleanup has run:
// later frees on the thread (from other thread_local destructors) go
// straight to free().
struct frame_cache {
  frame_bin bins[frame_classes];
  bool registered;
  bool retired;
};
inline thread_local frame_cache this_thread_frames{};

// Called with the size of every allocate_frame, when set. Set it before
// any other thread runs and leave it (it is read without synchronization).
using frame_allocation_hook_t = void (*)(std::size_t size) noexcept;
inline frame_allocation_hook_t frame_allocation_hook = nullptr;

void *allocate_frame_slow(std::size_t size);
// True when `block` went into this thread's cache (not back to free()).
bool deallocate_frame_slow(void *block, std::size_t size) noexcept;

inline std::size_t frame_class(std::size_t size) noexcept {
  return size == 0 ? 0 : (size - 1) / frame_granule;
}

inline void poison_free_block(void *block, std::size_t index) noexcept {
#if defined(ASL_FRAME_POISONING)
  ASAN_POISON_MEMORY_REGION(static_cast<char *>(block) + sizeof(free_block),
                            (index + 1) * frame_granule - sizeof(free_block));
#else
  (void)block;
  (void)index;
#endif
}

inline void unpoison_block(void *block, std::size_t index) noexcept {
#if defined(ASL_FRAME_POISONING)
  ASAN_UNPOISON_MEMORY_REGION(block, (index + 1) * frame_granule);
#else
  (void)block;
  (void)index;
#endif
}

inline void *allocate_frame(std::size_t size) {
  if (frame_allocation_hook_t hook = frame_allocation_hook)
    hook(size);
  std::size_t index = frame_class(size);
  if (index < frame_classes) {
    frame_bin &bin = this_thread_frames.bins[index];
    if (free_block *block = bin.current) {
      bin.current = block->next;
      ++bin.room;
      unpoison_block(block, index);
      return block;
    }
  }
  void *block = allocate_frame_slow(size);
  if (index < frame_classes)
    unpoison_block(block, index);
  return block;
}

// `size` is the size given to allocate_frame for this block.
inline void deallocate_frame(void *block, std::size_t size) noexcept {
  std::size_t index = frame_class(size);
  if (index < frame_classes) {
    frame_bin &bin = this_thread_frames.bins[index];
    if (bin.room != 0) {
      auto *free = static_cast<free_block *>(block);
      free->next = bin.current;
      bin.current = free;
      --bin.room;
      poison_free_block(block, index);
      return;
    }
  }
  if (deallocate_frame_slow(block, size))
    poison_free_block(block, index);
}

// What a class allocated this way declares (machine_box, the native
// promise). An over-aligned type gets its memory from the aligned global
// operators instead: the cache only guarantees 16-byte alignment.
#define ASL_FRAME_ALLOCATED                                                    \
  static void *operator new(std::size_t size) {                                \
    return ::asl::detail::allocate_frame(size);                                \
  }                                                                            \
  static void operator delete(void *block, std::size_t size) noexcept {        \
    ::asl::detail::deallocate_frame(block, size);                              \
  }                                                                            \
  static void *operator new(std::size_t size, std::align_val_t align) {        \
    return ::operator new(size, align);                                        \
  }                                                                            \
  static void operator delete(void *block, std::size_t size,                   \
                              std::align_val_t align) noexcept {               \
    ::operator delete(block, size, align);                                     \
  }

} // namespace asl::detail
