// asl::Event: a flag and a FIFO of waiters under a std::mutex. set() takes
// the whole queue as one batch and resumes its waiters one at a time, each
// in its context, outside the lock.
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
  std::lock_guard<std::mutex> lock(event_->mutex_);
  // Checked under the lock: set() flips the flag under the same lock, so a
  // waiter either sees it set or is in the list set() takes.
  if (event_->set_.load(std::memory_order_relaxed))
    return false;
  continuation_ = next;
  context_ = context;
  link_into(event_->waiting_);
  enqueued_ = true;
  return true;
}

detail::pending_wake event_awaiter::take_waiter(event_link &self) noexcept {
  auto &waiter = static_cast<event_awaiter &>(self);
  return detail::pending_wake{waiter.context_, waiter.continuation_};
}

event_awaiter::~event_awaiter() {
  // Still queued: its task is being destroyed while it waits. A waiter that
  // was never queued, or was resumed, was unlinked by set() (see
  // await_resume()), so it needs no lock.
  if (!enqueued_)
    return;
  std::lock_guard<std::mutex> lock(event_->mutex_);
  if (list != nullptr)
    unlink();
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

bool event_wait_awaiter::try_enqueue() noexcept {
  if (event_->set_.load(std::memory_order_relaxed))
    return true;
  link_into(event_->waiting_);
  return false;
}

// Under the event's mutex, from the token's callback or the destructor of a
// task destroyed while it waits: the waiter leaves whichever list holds it.
void event_wait_awaiter::unlink_node(wait_node &self) noexcept {
  static_cast<event_wait_awaiter &>(self).unlink();
}

detail::pending_wake
event_wait_awaiter::take_waiter(event_link &self) noexcept {
  return static_cast<event_wait_awaiter &>(self).complete_under_lock();
}

void Event::set() {
  // This call resumes the waiters queued now, one at a time, each taken off
  // the batch under the lock: a resumed waiter may destroy another one of
  // the batch (or cancel it), which then unlinks itself from the batch.
  detail::waiter_list batch;
  std::unique_lock<std::mutex> lock(mutex_);
  // Release: pairs with the acquire in is_set().
  set_.store(true, std::memory_order_release);
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
}

} // namespace asl
