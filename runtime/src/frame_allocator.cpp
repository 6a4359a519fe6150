// The slow paths of the frame cache (asl/detail/frame_allocator.h): the
// process-wide depot of full magazines, malloc behind it, and the handing
// back of a thread's magazines when it exits.
#include <asl/detail/frame_allocator.h>

#include <cstdlib>
#include <mutex>
#include <new>

namespace asl::detail {
namespace {

// Full magazines per class, linked through their first blocks.
struct depot_class {
  std::mutex mutex;
  free_block *magazines = nullptr; // guarded by mutex
  unsigned count = 0;              // guarded by mutex
};

// Never destroyed: threads may free frames during static destruction, and
// blocks here stay reachable for leak checkers. Static storage rather than
// operator new, which a program may replace to count allocations (and
// would then count this one as a frame's).
alignas(depot_class) unsigned char depot_storage[frame_classes *
                                                 sizeof(depot_class)];

depot_class *depot() {
  static depot_class *classes = [] {
    auto *first = reinterpret_cast<depot_class *>(depot_storage);
    for (std::size_t index = 0; index != frame_classes; ++index)
      ::new (static_cast<void *>(first + index)) depot_class();
    return first;
  }();
  return classes;
}

void *malloc_frame(std::size_t size) {
  if (void *block = std::malloc(size))
    return block;
  throw std::bad_alloc();
}

void free_magazine(free_block *magazine, std::size_t index) noexcept {
  while (magazine != nullptr) {
    unpoison_block(magazine, index);
    free_block *next = magazine->next;
    std::free(magazine);
    magazine = next;
  }
}

// Takes a full magazine from the depot, or returns null.
free_block *take_from_depot(std::size_t index) {
  depot_class &d = depot()[index];
  std::lock_guard<std::mutex> lock(d.mutex);
  free_block *magazine = d.magazines;
  if (magazine != nullptr) {
    d.magazines = magazine->next_magazine;
    --d.count;
  }
  return magazine;
}

// Gives a full magazine to the depot, or to free() when the depot is full.
void give_to_depot(free_block *magazine, std::size_t index) noexcept {
  depot_class &d = depot()[index];
  {
    std::lock_guard<std::mutex> lock(d.mutex);
    if (d.count < max_depot_magazines) {
      magazine->next_magazine = d.magazines;
      d.magazines = magazine;
      ++d.count;
      return;
    }
  }
  free_magazine(magazine, index);
}

// With no full magazine anywhere: mallocs refill_blocks blocks, returns one
// and keeps the others as the (empty) current magazine, so that a thread
// that allocates more than it frees (the one a pool's work starts on, while
// other workers free) takes the depot's lock and calls malloc in batches,
// not once per box. The kept blocks are not poisoned: poisoning is left to
// the inline functions (see the header's overview).
void *refill_from_malloc(frame_bin &bin, std::size_t index) {
  std::size_t block_size = (index + 1) * frame_granule;
  void *first = malloc_frame(block_size);
  free_block *kept = nullptr;
  unsigned count = 0;
  for (; count + 1 != refill_blocks; ++count) {
    auto *block = static_cast<free_block *>(std::malloc(block_size));
    if (block == nullptr)
      break; // `first` is enough; the next allocation tries again
    block->next = kept;
    kept = block;
  }
  bin.current = kept;
  bin.room = magazine_size - count;
  return first;
}

// Hands the exiting thread's magazines to the depot (a partly filled one
// is freed: the depot holds full ones only) and retires its cache.
struct cache_cleanup {
  ~cache_cleanup() {
    frame_cache &cache = this_thread_frames;
    for (std::size_t index = 0; index != frame_classes; ++index) {
      frame_bin &bin = cache.bins[index];
      if (bin.spare != nullptr)
        give_to_depot(bin.spare, index);
      if (bin.current != nullptr && bin.room == 0)
        give_to_depot(bin.current, index);
      else
        free_magazine(bin.current, index);
      bin.current = nullptr;
      bin.spare = nullptr;
      bin.room = 0;
    }
    cache.retired = true;
  }
};

void register_cleanup(frame_cache &cache) {
  cache.registered = true;
  static thread_local cache_cleanup cleanup;
  (void)cleanup;
}

} // namespace

void *allocate_frame_slow(std::size_t size) {
  std::size_t index = frame_class(size);
  frame_cache &cache = this_thread_frames;
  if (index >= frame_classes)
    return malloc_frame(size);
  // Class-sized even when not cached here: another thread may cache it.
  if (cache.retired)
    return malloc_frame((index + 1) * frame_granule);
  if (!cache.registered)
    register_cleanup(cache);

  // The current magazine is empty: the spare is full, or the depot may
  // have a full one; either becomes the current.
  frame_bin &bin = cache.bins[index];
  bin.room = magazine_size;
  free_block *magazine = bin.spare;
  if (magazine != nullptr)
    bin.spare = nullptr;
  else
    magazine = take_from_depot(index);
  if (magazine == nullptr)
    return refill_from_malloc(bin, index);

  // The caller unpoisons the block (see the overview of the header).
  bin.current = magazine->next;
  bin.room = 1;
  return magazine;
}

bool deallocate_frame_slow(void *block, std::size_t size) noexcept {
  std::size_t index = frame_class(size);
  frame_cache &cache = this_thread_frames;
  if (index >= frame_classes || cache.retired) {
    std::free(block);
    return false;
  }
  if (!cache.registered)
    register_cleanup(cache);

  // The current magazine is full (or this bin is fresh: no magazine): it
  // becomes the spare, the old spare (full too) goes to the depot, and
  // `block` starts a new current.
  frame_bin &bin = cache.bins[index];
  if (bin.current != nullptr) {
    if (bin.spare != nullptr)
      give_to_depot(bin.spare, index);
    bin.spare = bin.current;
  }
  auto *free = static_cast<free_block *>(block);
  free->next = nullptr;
  bin.current = free;
  bin.room = magazine_size - 1;
  return true;
}

} // namespace asl::detail
