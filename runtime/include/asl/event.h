// asl/event.h - asl::Event, a manual-reset event tasks can await.
//
//   asl::Event ready;
//   ASL_ASYNC asl::Task<void> consumer() { co_await ready; ... }
//   ready.set();  // resumes every waiter, in the order they began waiting
//
// `co_await event` completes at once if the event is set; otherwise the task
// suspends until set(), which resumes the waiters inline on the thread that
// calls it, one after the other. reset() makes later awaits wait again.
//
// Thread-safety: set(), reset(), is_set() and awaiting may race freely.
// Lifetime: an Event must outlive its waiters. Destroying a task suspended on
// an event unlinks it from the event.
#pragma once

#include <asl/continuation.h>
#include <asl/detail/native_slot.h>

#include <atomic>
#include <mutex>
#include <type_traits>

namespace asl {

class Event;
class event_awaiter;

namespace detail {
// A FIFO of waiters linked through the waiters themselves.
struct waiter_list {
  event_awaiter *head = nullptr; // oldest first
  event_awaiter *tail = nullptr;
};
} // namespace detail

class event_awaiter {
public:
  explicit event_awaiter(Event &event) noexcept : event_(&event) {}
  event_awaiter(const event_awaiter &) = delete;
  event_awaiter &operator=(const event_awaiter &) = delete;
  ~event_awaiter();

  bool await_ready() const noexcept;
  template <class Handle> bool await_suspend(Handle h) {
    return enqueue(detail::bind_continuation(h, slot_));
  }
  void await_resume() const noexcept {}

private:
  friend class Event;
  // False when the event was set before the waiter could be queued.
  bool enqueue(continuation next);
  // Both under the event's mutex.
  void link_into(detail::waiter_list &list) noexcept;
  void unlink() noexcept;

  Event *event_;
  event_awaiter *prev_ = nullptr;
  event_awaiter *next_ = nullptr;
  // The list this waiter is queued in: the event's, or the one a running
  // set() is resuming from. Null when not queued. Guarded by the mutex.
  detail::waiter_list *list_ = nullptr;
  continuation continuation_;
  detail::native_slot slot_;
};

class Event {
public:
  Event() = default;
  explicit Event(bool initially_set) noexcept : set_(initially_set) {}
  Event(const Event &) = delete;
  Event &operator=(const Event &) = delete;

  bool is_set() const noexcept {
    // Acquire: pairs with the release in set(); whoever sees the event set
    // also sees what the setter wrote before set().
    return set_.load(std::memory_order_acquire);
  }
  void set();
  void reset() noexcept { set_.store(false, std::memory_order_relaxed); }

  event_awaiter get_awaiter() noexcept { return event_awaiter(*this); }

private:
  friend class event_awaiter;

  std::mutex mutex_;
  std::atomic<bool> set_{false};
  detail::waiter_list waiting_; // guarded by mutex_
};

// Not yet queued when a machine moves into its box, so bytes may move.
template <class T> struct is_relocatable;
template <> struct is_relocatable<event_awaiter> : std::true_type {};

} // namespace asl
