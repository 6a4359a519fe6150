#include <asl/event.h>

#include <utility>

namespace asl {

bool event_awaiter::await_ready() const noexcept { return event_->is_set(); }

void event_awaiter::link_into(detail::waiter_list &list) noexcept {
  prev_ = list.tail;
  next_ = nullptr;
  (prev_ != nullptr ? prev_->next_ : list.head) = this;
  list.tail = this;
  list_ = &list;
}

void event_awaiter::unlink() noexcept {
  (prev_ != nullptr ? prev_->next_ : list_->head) = next_;
  (next_ != nullptr ? next_->prev_ : list_->tail) = prev_;
  prev_ = next_ = nullptr;
  list_ = nullptr;
}

bool event_awaiter::enqueue(continuation next) {
  std::lock_guard<std::mutex> lock(event_->mutex_);
  // Checked under the lock: set() flips the flag under the same lock, so a
  // waiter either sees it set or is in the list set() takes.
  if (event_->set_.load(std::memory_order_relaxed))
    return false;
  continuation_ = next;
  link_into(event_->waiting_);
  return true;
}

event_awaiter::~event_awaiter() {
  // Unlocked fast path: list_ changes under the lock only while this waiter
  // is suspended, and it was set to null before this waiter was resumed.
  if (list_ == nullptr)
    return;
  // The task waiting here is being destroyed while suspended, perhaps by a
  // waiter that a running set() resumed before this one.
  std::lock_guard<std::mutex> lock(event_->mutex_);
  if (list_ != nullptr)
    unlink();
}

void Event::set() {
  // Only the waiters queued now are resumed: they move to a list of this
  // call's own, so that a waiter that resets the event and awaits again
  // waits for the next set().
  detail::waiter_list resuming;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    // Release: pairs with the acquire in is_set().
    set_.store(true, std::memory_order_release);
    resuming = std::exchange(waiting_, detail::waiter_list{});
    for (auto *w = resuming.head; w != nullptr; w = w->next_)
      w->list_ = &resuming;
  }
  // One at a time, under the lock: resuming a waiter may destroy a later
  // one, which then unlinks itself from `resuming` and is not resumed.
  for (;;) {
    continuation resume;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      event_awaiter *w = resuming.head;
      if (w == nullptr)
        break;
      w->unlink();
      resume = w->continuation_;
    }
    // Resumed without the lock: the waiter may await this event again.
    resume.resume();
  }
}

} // namespace asl
