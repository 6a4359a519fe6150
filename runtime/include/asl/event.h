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
#pragma once

#include <asl/cancellation.h>
#include <asl/context.h>
#include <asl/continuation.h>
#include <asl/detail/native_slot.h>
#include <asl/detail/wait_node.h>

#include <atomic>
#include <mutex>
#include <type_traits>

namespace asl {

class Event;

namespace detail {

struct waiter_list;

// What an Event queues: a plain `co_await event` or a wait(token). The
// links are guarded by the event's mutex.
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
  static detail::pending_wake take_waiter(event_link &self) noexcept;

  Event *event_;
  continuation continuation_;
  execution_context *context_ = nullptr;
  // Queued by await_suspend and not yet resumed; only the awaiting task
  // reads or writes it.
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

  // An await that a cancellation token can end early:
  //   co_await ready.wait(stop.token());  // or operation_cancelled
  event_wait_awaiter wait(CancellationToken token) noexcept {
    return event_wait_awaiter(*this, std::move(token));
  }

private:
  friend class event_awaiter;
  friend class event_wait_awaiter;

  std::mutex mutex_;
  std::atomic<bool> set_{false};
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
