// asl/continuation.h - what a suspended computation leaves behind to be
// resumed, and the per-thread trampoline that bounds stack depth.
//
// A continuation is one pointer to a `resumable` header: the first bytes of a
// lowered state machine's heap box, or a small slot inside a C++20 awaiter
// that remembers a native coroutine frame. Queues and events therefore store
// one word per waiter, whichever language mode produced it.
//
// Resuming goes through `detail::run_from`, a trampoline loop. Code that
// finishes in tail position (a task completing, an await_suspend that declines
// to suspend) hands the next continuation to that loop instead of calling it,
// so a million synchronous hand-offs use constant stack, as C++20's symmetric
// transfer does.
#pragma once

namespace asl {
namespace detail {

struct resumable {
  void (*resume)(resumable *self);
};

// The continuation handed over by code in tail position on this thread, if
// any; taken by the innermost run_from (or asl::start) below it.
inline thread_local resumable *handed_over = nullptr;

inline void hand_over(resumable *next) noexcept { handed_over = next; }

// Resumes `first`, then everything handed over in tail position after it,
// until the chain suspends or completes.
inline void run_from(resumable *first) {
  for (resumable *next = first; next != nullptr;) {
    next->resume(next);
    next = handed_over;
    handed_over = nullptr;
  }
}

// Runs whatever the code just finished on this thread handed over.
inline void drain_handed_over() {
  if (resumable *next = handed_over) {
    handed_over = nullptr;
    run_from(next);
  }
}

} // namespace detail

// A handle to resume a suspended computation: what `await_suspend` receives
// in lowered code. It plays the role of std::coroutine_handle<>.
//
//   template <class Handle> void await_suspend(Handle h) { later_ = h; }
//
// An awaiter written like that works in native C++20 and in lowered C++17.
class continuation {
public:
  constexpr continuation() noexcept = default;
  constexpr explicit continuation(detail::resumable *target) noexcept
      : target_(target) {}

  explicit operator bool() const noexcept { return target_ != nullptr; }
  detail::resumable *get() const noexcept { return target_; }
  void *address() const noexcept { return target_; }

  // Runs the computation until it suspends again or completes.
  void resume() const { detail::run_from(target_); }
  void operator()() const { resume(); }

private:
  detail::resumable *target_ = nullptr;
};

} // namespace asl
