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
  link_into(event_->waiting_);
  return true;
}

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

event_awaiter::~event_awaiter() {
  // A task suspended here is being destroyed. The lock is not needed when
  // the waiter was resumed (set() cleared list_ before resuming it, and the
  // resumption orders that write before this read) or never queued.
  std::lock_guard<std::mutex> lock(event_->mutex_);
  if (list_ != nullptr)
    unlink();
}

void Event::set() {
  // This call resumes the waiters queued now, one at a time, each taken off
  // the batch under the lock: a resumed waiter may destroy another one of
  // the batch, whose destructor then unlinks it from the batch.
  detail::waiter_list batch;
  std::unique_lock<std::mutex> lock(mutex_);
  // Release: pairs with the acquire in is_set().
  set_.store(true, std::memory_order_release);
  batch = waiting_;
  waiting_ = {};
  for (event_awaiter *w = batch.head; w != nullptr; w = w->next_)
    w->list_ = &batch;
  while (event_awaiter *waiter = batch.head) {
    waiter->unlink();
    continuation resume = waiter->continuation_;
    lock.unlock();
    resume.resume();
    lock.lock();
  }
}

} // namespace asl
