// asl/detail/work_stealing_deque.h - the per-worker queue of a thread pool:
// a Chase-Lev work-stealing deque of continuations.
//
// One thread, the owner, pushes and pops at the bottom (newest first, which
// keeps a worker on the data it just touched); any thread may steal from the
// top (oldest first, which hands thieves the biggest remaining pieces).
//
//   work_stealing_deque deque;
//   deque.push(r);                      // owner
//   resumable *mine = deque.pop();      // owner, newest item or null
//   resumable *theirs = deque.steal();  // any thread, oldest item or null
//
// The memory orders are those Lê, Pop, Cohen and Zappa Nardelli proved for
// C11 (PPoPP 2013), with two strengthenings that cost nothing on x86: every
// store to bottom_ is a release store (C++20 no longer counts the owner's
// later relaxed stores as part of a release sequence, and ThreadSanitizer
// does not model a release fence), and the new array is published with a
// release store, the fix CDSChecker found for the published version. One
// change: pop() orders its store of bottom_ before its load of top_ with a
// seq_cst exchange and a seq_cst load instead of a seq_cst fence between a
// store and a load. The C++20 model gives the same guarantee against
// steal()'s fence (see pop()), and on x86 it is one `xchg` where the fence
// was an `mfence`, which also waits for all earlier loads: pop() runs once
// per task, and the fence was a third of skynet's CPU time (B6 of issue 6,
// docs/performance.md).
//
// Lifetime: the circular array doubles when full. A thief may still be
// reading the array it loaded before the owner replaced it, so replaced
// arrays are retired, not freed, until the deque itself is destroyed; their
// total size is less than that of the current array.
//
// Thread-safety: push() and pop() only from the owner thread; steal() and
// size_hint() from any thread. The deque does not own what it stores.
#pragma once

#include <asl/continuation.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace asl::detail {

class work_stealing_deque {
public:
  // `capacity` is rounded up to a power of two. `first_index` is where top
  // and bottom start; tests set it near the largest int64 to show that only
  // differences of indices matter. An int64 index does not wrap in practice:
  // at 10^9 pushes a second it lasts 292 years.
  explicit work_stealing_deque(std::int64_t capacity = 64,
                               std::int64_t first_index = 0)
      : top_(first_index), bottom_(first_index) {
    std::int64_t rounded = 1;
    while (rounded < capacity)
      rounded *= 2;
    rings_.push_back(std::make_unique<ring>(rounded));
    array_.store(rings_.back().get(), std::memory_order_relaxed);
  }
  work_stealing_deque(const work_stealing_deque &) = delete;
  work_stealing_deque &operator=(const work_stealing_deque &) = delete;

  // Owner only. Adds `item` at the bottom; grows the array when it is full
  // (may throw std::bad_alloc, leaving the deque unchanged). Returns true
  // when the deque was empty before, as far as the owner could see: no
  // thief had anything to take from it.
  bool push(resumable *item) {
    std::int64_t b = bottom_.load(std::memory_order_relaxed);
    // Acquire: pairs with the seq_cst CAS on top_ in steal(); a slot is
    // rewritten only after the thief that took its item has read it.
    std::int64_t t = top_.load(std::memory_order_acquire);
    ring *a = array_.load(std::memory_order_relaxed);
    if (b - t > a->mask)
      a = grow(a, t, b);
    a->at(b).store(item, std::memory_order_relaxed);
    // Release: pairs with the acquire load of bottom_ in steal(); a thief
    // that sees the new bottom also sees the item and what it points at.
    bottom_.store(b + 1, std::memory_order_release);
    return b <= t;
  }

  // Owner only. Takes the newest item, or returns null when empty.
  resumable *pop() noexcept {
    std::int64_t b = bottom_.load(std::memory_order_relaxed) - 1;
    ring *a = array_.load(std::memory_order_relaxed);
    // The store-load pair of the algorithm, as a seq_cst exchange and a
    // seq_cst load where the paper has a store, a seq_cst fence and a load
    // (see the overview). Both are in the single total order of seq_cst
    // operations and fences, with the fence in steal(). If that thief's
    // fence comes first, our load of top_ sees at least the top_ the thief
    // read before its fence: when it is after slot b we find the deque
    // empty, when it is slot b we race the thief for it with the CAS below.
    // If our exchange comes first, the thief's load of bottom_ after its
    // fence sees b, so it keeps away from slot b. The exchange is a release
    // too, for the reason in the overview.
    bottom_.exchange(b, std::memory_order_seq_cst);
    std::int64_t t = top_.load(std::memory_order_seq_cst);

    // Empty: undo the claim on slot b.
    if (t > b) {
      bottom_.store(b + 1, std::memory_order_release);
      return nullptr;
    }
    resumable *item = a->at(b).load(std::memory_order_relaxed);
    // More than one item: no thief can reach slot b.
    if (t < b)
      return item;

    // The last item: thieves may be after it too, and whoever moves top_
    // past it wins. Seq_cst: pairs with the CAS in steal(). Either way the
    // deque is empty afterwards, at top = bottom = b + 1.
    bool won = top_.compare_exchange_strong(t, t + 1, std::memory_order_seq_cst,
                                            std::memory_order_relaxed);
    bottom_.store(b + 1, std::memory_order_release);
    return won ? item : nullptr;
  }

  // Any thread. Takes the oldest item, or returns null when the deque was
  // seen empty. A steal that loses its race to another thief or to the
  // owner's pop retries, so null always means "empty", never "contended":
  // pool workers rely on that before they go to sleep.
  resumable *steal() noexcept {
    for (;;) {
      // Acquire: pairs with the seq_cst CAS of an earlier thief.
      std::int64_t t = top_.load(std::memory_order_acquire);
      // Seq_cst fence: pairs with the exchange and load in pop(); see there.
      std::atomic_thread_fence(std::memory_order_seq_cst);
      // Acquire: pairs with the release stores of bottom_ in push() and
      // pop(); the item in slot t is visible once bottom_ is past it.
      std::int64_t b = bottom_.load(std::memory_order_acquire);
      if (t >= b)
        return nullptr;

      // Acquire: pairs with the release store in grow(); the array read
      // here holds slot t, copied or written before bottom_ passed t.
      ring *a = array_.load(std::memory_order_acquire);
      resumable *item = a->at(t).load(std::memory_order_relaxed);
      // Seq_cst: pairs with the CAS in pop() and in other thieves' steal();
      // exactly one of them moves top_ past slot t and owns its item.
      if (top_.compare_exchange_strong(t, t + 1, std::memory_order_seq_cst,
                                       std::memory_order_relaxed))
        return item;
    }
  }

  // Any thread. The number of items at some recent moment; exact only when
  // no other thread is using the deque.
  std::int64_t size_hint() const noexcept {
    // Relaxed: a hint, ordered with nothing.
    std::int64_t b = bottom_.load(std::memory_order_relaxed);
    std::int64_t t = top_.load(std::memory_order_relaxed);
    return b > t ? b - t : 0;
  }

  // Owner only. Slots in the current array.
  std::int64_t capacity() const noexcept {
    return array_.load(std::memory_order_relaxed)->mask + 1;
  }

private:
  // A circular array indexed by the deque's ever-growing indices.
  struct ring {
    explicit ring(std::int64_t capacity)
        : mask(capacity - 1), slots(new std::atomic<resumable *>[capacity]()) {}
    std::atomic<resumable *> &at(std::int64_t index) noexcept {
      return slots[index & mask];
    }

    const std::int64_t mask;
    // Atomic because a thief may read a slot the owner is rewriting; such
    // a thief then loses its CAS and discards what it read.
    std::unique_ptr<std::atomic<resumable *>[]> slots;
  };

  // Owner only: copies items [t, b) into an array twice the size and
  // publishes it. `old` stays readable for thieves that already loaded it.
  ring *grow(ring *old, std::int64_t t, std::int64_t b) {
    auto bigger = std::make_unique<ring>(2 * (old->mask + 1));
    for (std::int64_t i = t; i != b; ++i)
      bigger->at(i).store(old->at(i).load(std::memory_order_relaxed),
                          std::memory_order_relaxed);
    ring *fresh = bigger.get();
    rings_.push_back(std::move(bigger));
    // Release: pairs with the acquire load of array_ in steal(); a thief
    // that reads the new array also reads the items copied into it.
    array_.store(fresh, std::memory_order_release);
    return fresh;
  }

  // Thieves write top_ and the owner writes bottom_: separate cache lines.
  alignas(64) std::atomic<std::int64_t> top_;
  alignas(64) std::atomic<std::int64_t> bottom_;
  std::atomic<ring *> array_{nullptr};
  // Every array ever used, the current one last; touched by the owner only.
  std::vector<std::unique_ptr<ring>> rings_;
};

} // namespace asl::detail
