// asl/event.h - asl::Event, a manual-reset event tasks can await.
//
//   asl::Event ready;
//   ASL_ASYNC asl::Task<void> consumer() { co_await ready; ... }
//   ready.set();  // resumes every waiter, in the order they began waiting
//
// `co_await event` completes at once if the event is set; otherwise the task
// suspends until set(). `co_await event.wait(token)` does the same, and ends
// with asl::operation_cancelled if the token is cancelled first.
// reset() makes later awaits wait again.
//
// Where waiters resume: each in the context it awaited from (a ThreadPool,
// a RunLoop; see context.h), unless configured with
// `asl::configure_await(event, false)`. A waiter with no context resumes on
// the thread that calls set(): inline, before set() returns, when that
// thread runs nothing else it woke; when set() is called by a waiter that
// was itself woken so, the waiters it wakes run after that waiter suspends.
// A waiter whose context is the pool set() runs on (or with no context,
// when set() runs on a pool worker) resumes inline as well, before set()
// returns, up to a small fixed nesting depth and a per-item budget of the
// worker; beyond those it is queued behind the caller in the worker's
// run-next slot. On a RunLoop it is queued at the end of its queue. So a
// chain of waiters that set each other's events never grows the stack by
// more than a few levels.
//
// Thread-safety: set(), reset(), is_set() and awaiting may race freely.
// Lifetime: an Event must outlive its waiters. Destroying a task suspended on
// an event unlinks it from the event.
//
// How it works: one atomic word holds the event's state: clear, set, the
// address of the one plain waiter it has, or "listed" (the waiters are in a
// FIFO under a mutex). Setting, resetting, checking and a plain await with
// at most one waiter are one atomic operation each, without the mutex (and
// no locked instruction in a process that never started a thread): a
// two-task ping-pong takes no lock. A second waiter, or any wait(token),
// moves the event to the list (the waiter in the word goes first, so the
// order stays FIFO); it returns to the word when set() takes the list, or
// when the last listed waiter leaves it.
#pragma once

#include <asl/cancellation.h>
#include <asl/context.h>
#include <asl/continuation.h>
#include <asl/detail/native_slot.h>
#include <asl/detail/wait_node.h>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <type_traits>

#if defined(__has_include)
#if __has_include(<sys/single_threaded.h>)
#include <sys/single_threaded.h>
#define ASL_HAS_LIBC_SINGLE_THREADED 1
#endif
#endif

namespace asl {

class Event;

namespace detail {

struct waiter_list;

// True while the process has never started a second thread: glibc's
// __libc_single_threaded (2.32 and later), which glibc's own mutexes and
// libstdc++'s shared_ptr consult the same way. It only ever turns false, and
// only through the calling thread starting a thread, so while it is true no
// other thread can touch an event. False where the C library lacks it.
inline bool process_is_single_threaded() noexcept {
#ifdef ASL_HAS_LIBC_SINGLE_THREADED
  return __libc_single_threaded != 0;
#else
  return false;
#endif
}

// An Event's compare-exchange of its state word. In a single-threaded
// process, a load and a store instead: a locked instruction costs ~13 ns on
// the machine of docs/performance.md, against none for the uncontended
// std::mutex it replaces, whose glibc lock skips the lock prefix while the
// process is single-threaded (B7 on one thread was 24 ns per round trip
// with the mutex, 33 ns with five compare-exchanges).
inline bool event_word_cas(std::atomic<std::uintptr_t> &word,
                           std::uintptr_t &expected, std::uintptr_t desired,
                           std::memory_order success,
                           std::memory_order failure) noexcept {
  if (process_is_single_threaded()) {
    std::uintptr_t now = word.load(std::memory_order_relaxed);
    if (now != expected) {
      expected = now;
      return false;
    }
    word.store(desired, std::memory_order_relaxed);
    return true;
  }
  return word.compare_exchange_strong(expected, desired, success, failure);
}

// What an Event queues: a plain `co_await event` or a wait(token). The
// links are guarded by the event's mutex. A plain waiter alone in the
// event's state word is not linked: its links are untouched (list is null)
// until a second waiter moves it into the list.
struct event_link {
  event_link *prev = nullptr;
  event_link *next = nullptr;
  // The list this waiter is queued in: the event's, or the batch a running
  // set() is resuming from. Null when not queued.
  waiter_list *list = nullptr;
  // Called by set() under the mutex, once the waiter is unlinked: the
  // continuation to resume and its context.
  pending_wake (*take)(event_link &self) noexcept = nullptr;

  void link_into(waiter_list &into) noexcept;
  void unlink() noexcept;
};

// A FIFO of waiters linked through the waiters themselves.
struct waiter_list {
  event_link *head = nullptr; // oldest first
  event_link *tail = nullptr;
};

} // namespace detail

// What `co_await event` waits with. It takes a continuation; a native
// coroutine awaits it through detail::native_awaiter, which adds the slot
// its handle needs, so a lowered machine does not carry that slot.
class event_awaiter : private detail::event_link {
public:
  explicit event_awaiter(Event &event) noexcept : event_(&event) {
    take = &take_waiter;
  }
  event_awaiter(const event_awaiter &) = delete;
  event_awaiter &operator=(const event_awaiter &) = delete;
  ~event_awaiter();

  bool await_ready() const noexcept;
  // Resumes in the awaiting thread's context.
  bool await_suspend(continuation next) {
    return await_suspend_in(next, current_context());
  }
  // Resumes in `context`; null: wherever set() is called.
  bool await_suspend_in(continuation next, execution_context *context) {
    return enqueue(next, context);
  }
  void await_resume() noexcept {
    // Resumed, so set() unlinked it: the destructor has nothing to undo.
    enqueued_ = false;
  }

private:
  friend class Event;
  // False when the event was set before the waiter could be queued.
  bool enqueue(continuation next, execution_context *context);
  // This waiter as the event's state word names it.
  std::uintptr_t as_word() noexcept {
    return reinterpret_cast<std::uintptr_t>(
        static_cast<detail::event_link *>(this));
  }
  static detail::pending_wake take_waiter(event_link &self) noexcept;

  Event *event_;
  continuation continuation_;
  execution_context *context_ = nullptr;
  // Queued by await_suspend (in the event's word or its list) and not yet
  // resumed. Only the awaiting task reads or writes it: set before the
  // waiter is published, cleared by await_resume() after the resume.
  bool enqueued_ = false;
};

// What `co_await event.wait(token)` waits with.
// The link comes first, so that it is still alive while ~wait_node() unlinks
// a waiter destroyed in the queue.
class event_wait_awaiter : private detail::event_link,
                           public detail::wait_node {
public:
  event_wait_awaiter(Event &event, CancellationToken token) noexcept;
  event_wait_awaiter(const event_wait_awaiter &other) noexcept
      : event_link(), wait_node(other), event_(other.event_) {
    take = &take_waiter;
  }

  bool await_ready() const noexcept;
  template <class Handle> bool await_suspend(Handle h) {
    return begin_wait(h,
                      [this](detail::pending_wake &) { return try_enqueue(); });
  }
  // Throws operation_cancelled if the token won.
  void await_resume() { end_wait(); }

private:
  friend class Event;
  // Under the event's mutex: true when the event is set (done at once),
  // else queues this waiter and returns false.
  bool try_enqueue() noexcept;
  static void unlink_node(wait_node &self) noexcept;
  static detail::pending_wake take_waiter(event_link &self) noexcept;

  Event *event_;
};

class Event {
public:
  Event() = default;
  explicit Event(bool initially_set) noexcept
      : state_(initially_set ? set_state : clear) {}
  Event(const Event &) = delete;
  Event &operator=(const Event &) = delete;

  bool is_set() const noexcept {
    // Acquire: pairs with the release in set(); whoever sees the event set
    // also sees what the setter wrote before set().
    return state_.load(std::memory_order_acquire) == set_state;
  }
  void set();
  void reset() noexcept {
    // A compare-exchange, not a store: between a load that saw the event
    // set and a store, another reset() and an await could have put a waiter
    // in the word, which a store of `clear` would lose. Relaxed: reset()
    // publishes nothing (as before, when it stored a flag relaxed).
    std::uintptr_t expected = set_state;
    if (state_.load(std::memory_order_relaxed) == set_state)
      detail::event_word_cas(state_, expected, clear, std::memory_order_relaxed,
                             std::memory_order_relaxed);
  }

  event_awaiter get_awaiter() noexcept { return event_awaiter(*this); }

  // An await that a cancellation token can end early:
  //   co_await ready.wait(stop.token());  // or operation_cancelled
  event_wait_awaiter wait(CancellationToken token) noexcept {
    return event_wait_awaiter(*this, std::move(token));
  }

private:
  friend class event_awaiter;
  friend class event_wait_awaiter;

  // The values of state_ besides a waiter's address (an event_link, aligned
  // to at least 8, so never one of these). Transitions:
  //   clear  -> waiter     a plain await (enqueue), lock-free
  //   waiter -> clear      that waiter destroyed while it waits, lock-free
  //   clear, waiter, set -> set   set(), lock-free; a waiter taken is woken
  //   set    -> clear      reset(), lock-free
  //   clear, waiter -> listed     under mutex_: a second waiter, or a
  //                               wait(token); the word's waiter is linked
  //   listed -> set        under mutex_: set() takes the list as a batch
  //   listed -> clear      under mutex_: the last listed waiter leaves
  // Only code holding mutex_ moves the word away from `listed`, so under the
  // mutex `listed` is stable, and the list is non-empty only while the word
  // says `listed`.
  static constexpr std::uintptr_t clear = 0;
  static constexpr std::uintptr_t set_state = 1;
  static constexpr std::uintptr_t listed = 2;
  static_assert(alignof(detail::event_link) > listed,
                "a waiter's address must not look like a state");

  // Under mutex_: moves the event to its list (with the word's waiter, if
  // any, linked first). False when the event is set: nothing to wait for.
  bool list_waiters_locked() noexcept;
  // Queues `waiter` in the list; false when the event was set first.
  bool enqueue_listed(detail::event_link &waiter);
  // Under mutex_: unlinks `waiter` from whichever list holds it.
  void unlink_locked(detail::event_link &waiter) noexcept;
  // set() for a listed event; false if the word left `listed` before the
  // mutex was taken (then set() starts over).
  bool set_listed();

  std::atomic<std::uintptr_t> state_{clear};
  std::mutex mutex_;
  detail::waiter_list waiting_; // guarded by mutex_
};

// Not yet queued when a machine moves into its box, so bytes may move.
template <class T> struct is_relocatable;
template <> struct is_relocatable<event_awaiter> : std::true_type {};
template <> struct is_relocatable<event_wait_awaiter> : std::true_type {};

// An event is seldom set already when awaited (see asl/builder.h).
template <class T> struct is_usually_suspending;
template <> struct is_usually_suspending<event_awaiter> : std::true_type {};
template <>
struct is_usually_suspending<event_wait_awaiter> : std::true_type {};

} // namespace asl
