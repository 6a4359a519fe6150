// counting_allocator.h - replaces the global operator new of a test binary
// so that a test can check how many allocations (boxes) a call made.
//
// Include it from exactly one source file of a test binary. The operators are
// not inlined: g++ would otherwise see free() meet a pointer from operator
// new and warn (-Wmismatched-new-delete). TSan's runtime defines operator new
// itself, so under TSan nothing is counted and the counting tests skip.
#pragma once

#include <asl/detail/frame_allocator.h>

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>

#if defined(__SANITIZE_THREAD__)
#define ASL_COUNTS_ALLOCATIONS 0
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define ASL_COUNTS_ALLOCATIONS 0
#endif
#endif
#ifndef ASL_COUNTS_ALLOCATIONS
#define ASL_COUNTS_ALLOCATIONS 1
#endif

static std::atomic<long> allocation_count{0};

#if ASL_COUNTS_ALLOCATIONS
[[gnu::noinline]] void *operator new(std::size_t size) {
  allocation_count.fetch_add(1, std::memory_order_relaxed);
  if (void *p = std::malloc(size != 0 ? size : 1))
    return p;
  throw std::bad_alloc();
}
[[gnu::noinline]] void operator delete(void *p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete(void *p, std::size_t) noexcept {
  std::free(p);
}
// Boxes and native frames come from the runtime's frame cache, which
// operator new does not see: its hook counts them.
static void count_frame_allocation(std::size_t) noexcept {
  allocation_count.fetch_add(1, std::memory_order_relaxed);
}
[[maybe_unused]] static const bool frame_hook_installed =
    (asl::detail::frame_allocation_hook = &count_frame_allocation, true);
#define SKIP_UNLESS_COUNTING_ALLOCATIONS()
#else
#define SKIP_UNLESS_COUNTING_ALLOCATIONS()                                     \
  GTEST_SKIP() << "allocations are not counted under TSan"
#endif
