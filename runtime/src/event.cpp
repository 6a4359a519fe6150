// asl::Event: a state word for the common cases (clear, set, one plain
// waiter) and, past them, a FIFO of waiters under a std::mutex. set() takes
// a single waiter from the word, or the whole list as one batch, and resumes
// the waiters one at a time, each in its context, outside the lock.
#include <asl/event.h>

namespace asl {
namespace detail {

void event_link::link_into(waiter_list &into) noexcept {
  prev = into.tail;
  next = nullptr;
  (prev != nullptr ? prev->next : into.head) = this;
  into.tail = this;
  list = &into;
}

void event_link::unlink() noexcept {
  (prev != nullptr ? prev->next : list->head) = next;
  (next != nullptr ? next->prev : list->tail) = prev;
  prev = next = nullptr;
  list = nullptr;
}

} // namespace detail

bool event_awaiter::await_ready() const noexcept { return event_->is_set(); }

bool event_awaiter::enqueue(continuation next, execution_context *context) {
  continuation_ = next;
  context_ = context;
  // Before the waiter is published: from then on set() may resume it on
  // another thread, whose await_resume() clears the flag.
  enqueued_ = true;

  // The lock-free case: no one else waits. Release: publishes
  // continuation_ and context_ to the set() that takes this waiter from the
  // word (its acquire), or to the waiter that moves it into the list.
  // Acquire on failure: a waiter that finds the event set goes on at once
  // and must see what the setter wrote before set().
  std::uintptr_t seen = Event::clear;
  if (detail::event_word_cas(event_->state_, seen, as_word(),
                             std::memory_order_acq_rel,
                             std::memory_order_acquire))
    return true;
  if (seen != Event::set_state && event_->enqueue_listed(*this))
    return true;
  enqueued_ = false;
  return false;
}

detail::pending_wake event_awaiter::take_waiter(event_link &self) noexcept {
  auto &waiter = static_cast<event_awaiter &>(self);
  return detail::pending_wake{waiter.context_, waiter.continuation_};
}

event_awaiter::~event_awaiter() {
  // Still queued: its task is being destroyed while it waits. A waiter that
  // was never queued, or was resumed, is no longer in the event (see
  // await_resume()), so it needs no lock.
  if (!enqueued_)
    return;
  // Alone in the word: leaving it is one compare-exchange. Relaxed: nothing
  // is published; a set() after it finds the event clear. When it fails,
  // the waiter was moved into the list (a set() cannot have taken it: this
  // task would then be resumed and destroyed at once, a race the caller must
  // not make; see wait_node.h).
  std::uintptr_t seen = as_word();
  if (detail::event_word_cas(event_->state_, seen, Event::clear,
                             std::memory_order_relaxed,
                             std::memory_order_relaxed))
    return;
  std::lock_guard<std::mutex> lock(event_->mutex_);
  if (list != nullptr)
    event_->unlink_locked(*this);
}

event_wait_awaiter::event_wait_awaiter(Event &event,
                                       CancellationToken token) noexcept
    : wait_node(event.mutex_, &unlink_node, std::move(token)), event_(&event) {
  take = &take_waiter;
}

bool event_wait_awaiter::await_ready() const noexcept {
  // A cancelled token is reported by await_resume(), after begin_wait()
  // refuses to wait.
  return !token().is_cancelled() && event_->is_set();
}

// A cancellable wait always goes to the list: its state and its race with
// the token are guarded by the mutex (see wait_node.h).
bool event_wait_awaiter::try_enqueue() noexcept {
  if (!event_->list_waiters_locked())
    return true;
  link_into(event_->waiting_);
  return false;
}

// Under the event's mutex, from the token's callback or the destructor of a
// task destroyed while it waits: the waiter leaves whichever list holds it.
void event_wait_awaiter::unlink_node(wait_node &self) noexcept {
  auto &waiter = static_cast<event_wait_awaiter &>(self);
  waiter.event_->unlink_locked(waiter);
}

detail::pending_wake
event_wait_awaiter::take_waiter(event_link &self) noexcept {
  return static_cast<event_wait_awaiter &>(self).complete_under_lock();
}

bool Event::list_waiters_locked() noexcept {
  // Acquire: a waiter found in the word published its continuation and
  // context with its release in enqueue(); the set() that takes the list
  // reads them after taking this mutex.
  std::uintptr_t seen = state_.load(std::memory_order_acquire);
  for (;;) {
    if (seen == set_state)
      return false;
    if (seen == listed)
      return true;
    // Fails when a lock-free set(), enqueue() or waiter destructor changed
    // the word since it was read: decide again on what it holds now.
    if (state_.compare_exchange_weak(seen, listed, std::memory_order_acq_rel,
                                     std::memory_order_acquire))
      break;
  }
  // The waiter in the word came first: it goes first in the list.
  if (seen != clear)
    reinterpret_cast<detail::event_link *>(seen)->link_into(waiting_);
  return true;
}

bool Event::enqueue_listed(detail::event_link &waiter) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!list_waiters_locked())
    return false;
  waiter.link_into(waiting_);
  return true;
}

void Event::unlink_locked(detail::event_link &waiter) noexcept {
  bool from_queue = waiter.list == &waiting_;
  waiter.unlink();
  // The last listed waiter left: back to the lock-free word. The word says
  // `listed` (the list was not empty) and only mutex holders change that.
  if (from_queue && waiting_.head == nullptr)
    state_.store(clear, std::memory_order_relaxed);
}

void Event::set() {
  std::uintptr_t seen = state_.load(std::memory_order_relaxed);
  for (;;) {
    if (seen == listed) {
      if (set_listed())
        return;
      seen = state_.load(std::memory_order_relaxed);
      continue;
    }
    // A read-modify-write even when the event is set already, so that every
    // set() releases what its caller wrote before it. Release: pairs with
    // the acquire in is_set() and in enqueue()'s failed exchange. Acquire:
    // pairs with the release in enqueue() when the word held a waiter.
    if (detail::event_word_cas(state_, seen, set_state,
                               std::memory_order_acq_rel,
                               std::memory_order_relaxed))
      break;
  }
  if (seen == clear || seen == set_state)
    return;

  // The one waiter the word held, now this call's alone to wake.
  auto &waiter = *static_cast<event_awaiter *>(
      reinterpret_cast<detail::event_link *>(seen));
  detail::wake_inline_or_resume_in(waiter.context_, waiter.continuation_);
}

bool Event::set_listed() {
  // This call resumes the waiters listed now, one at a time, each taken off
  // the batch under the lock: a resumed waiter may destroy another one of
  // the batch (or cancel it), which then unlinks itself from the batch.
  detail::waiter_list batch;
  std::unique_lock<std::mutex> lock(mutex_);
  // Another set() took the list (and the word may have moved on since) in
  // the meantime.
  if (state_.load(std::memory_order_relaxed) != listed)
    return false;
  // Release: pairs with the acquire in is_set() and enqueue(), as in set().
  state_.store(set_state, std::memory_order_release);
  batch = waiting_;
  waiting_ = {};
  for (detail::event_link *w = batch.head; w != nullptr; w = w->next)
    w->list = &batch;
  while (detail::event_link *waiter = batch.head) {
    waiter->unlink();
    detail::pending_wake wake = waiter->take(*waiter);
    lock.unlock();
    if (wake)
      detail::wake_inline_or_resume_in(wake.context, wake.target);
    lock.lock();
  }
  return true;
}

} // namespace asl
