#include <asl/event.h>

namespace asl {

bool event_awaiter::await_ready() const noexcept { return event_->is_set(); }

bool event_awaiter::enqueue(continuation next) {
  std::lock_guard<std::mutex> lock(event_->mutex_);
  // Checked under the lock: set() flips the flag under the same lock, so a
  // waiter either sees it set or is in the list set() takes.
  if (event_->set_.load(std::memory_order_relaxed))
    return false;
  continuation_ = next;
  prev_ = event_->tail_;
  next_ = nullptr;
  (prev_ != nullptr ? prev_->next_ : event_->head_) = this;
  event_->tail_ = this;
  queued_ = true;
  return true;
}

event_awaiter::~event_awaiter() {
  if (!queued_)
    return;
  // The task waiting here is being destroyed while suspended.
  std::lock_guard<std::mutex> lock(event_->mutex_);
  if (!queued_)
    return;
  (prev_ != nullptr ? prev_->next_ : event_->head_) = next_;
  (next_ != nullptr ? next_->prev_ : event_->tail_) = prev_;
  queued_ = false;
}

void Event::set() {
  event_awaiter *waiters;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    // Release: pairs with the acquire in is_set().
    set_.store(true, std::memory_order_release);
    waiters = head_;
    for (auto *w = head_; w != nullptr; w = w->next_)
      w->queued_ = false;
    head_ = tail_ = nullptr;
  }
  while (waiters != nullptr) {
    // Read before resuming: the resumed task may destroy its awaiter.
    event_awaiter *next = waiters->next_;
    continuation resume = waiters->continuation_;
    resume.resume();
    waiters = next;
  }
}

} // namespace asl
