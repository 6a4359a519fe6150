// asl::TimerQueue: a binary min-heap of waiting delays, each of which knows
// its index so that a cancelled or destroyed delay leaves in O(log n), and
// the thread that sleeps until the earliest deadline.
#include <asl/timer_queue.h>

#include <utility>

namespace asl {

delay_awaiter::delay_awaiter(TimerQueue &queue, time_point deadline,
                             CancellationToken token) noexcept
    : wait_node(queue.mutex_, &unlink, std::move(token)), queue_(&queue),
      deadline_(deadline) {}

bool delay_awaiter::await_ready() const {
  // A cancelled token is reported by await_resume(), after begin_wait()
  // refuses to wait; a due delay is simply over.
  return !token().is_cancelled() && deadline_ <= queue_->now();
}

bool delay_awaiter::enqueue() {
  TimerQueue &q = *queue_;
  if (deadline_ <= (q.manual_ ? q.manual_now_ : TimerQueue::clock::now()))
    return true;
  sequence_ = q.next_sequence_++;
  q.heap_push(*this);
  // The thread sleeps until the earliest deadline, which may now be this.
  if (heap_index_ == 0)
    q.changed_.notify_one();
  return false;
}

void delay_awaiter::unlink(wait_node &self) noexcept {
  auto &delay = static_cast<delay_awaiter &>(self);
  delay.queue_->heap_remove(delay);
}

TimerQueue::TimerQueue() : manual_(false) {
  thread_ = std::thread([this] { run_timer_thread(); });
}

TimerQueue::TimerQueue(manual_time_t) : manual_(true) {}

TimerQueue::~TimerQueue() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_one();
  if (thread_.joinable())
    thread_.join();

  // Every delay still waiting ends as cancelled. Taken out one at a time
  // under the lock, and resumed outside it: a resumed task may destroy
  // another task that waits here, which then unlinks itself.
  std::unique_lock<std::mutex> lock(mutex_);
  while (!heap_.empty()) {
    delay_awaiter *delay = heap_.front();
    heap_remove(*delay);
    detail::pending_wake wake = delay->cancel_under_lock();
    lock.unlock();
    wake.resume();
    lock.lock();
  }
}

TimerQueue::time_point TimerQueue::now() const {
  if (!manual_)
    return clock::now();
  std::lock_guard<std::mutex> lock(mutex_);
  return manual_now_;
}

std::size_t TimerQueue::pending() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return heap_.size();
}

void TimerQueue::advance(duration d) {
  std::unique_lock<std::mutex> lock(mutex_);
  time_point target = manual_now_ + d;
  // One delay at a time, with time standing at its deadline while it runs,
  // so that what it does next sees the time it woke at.
  for (;;) {
    detail::pending_wake wake = take_due(target);
    if (!wake)
      break;
    lock.unlock();
    wake.resume();
    lock.lock();
  }
  manual_now_ = target;
}

detail::pending_wake TimerQueue::take_due(time_point at) {
  if (heap_.empty() || heap_.front()->deadline_ > at)
    return {};
  delay_awaiter *delay = heap_.front();
  heap_remove(*delay);
  if (manual_ && delay->deadline_ > manual_now_)
    manual_now_ = delay->deadline_;
  return delay->complete_under_lock();
}

void TimerQueue::run_timer_thread() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    if (heap_.empty()) {
      changed_.wait(lock);
      continue;
    }
    time_point due = heap_.front()->deadline_;
    if (clock::now() < due) {
      changed_.wait_until(lock, due);
      continue;
    }
    // Resumed outside the lock: with no context to go back to, the task
    // runs right here, and it may start another delay.
    detail::pending_wake wake = take_due(due);
    lock.unlock();
    wake.resume();
    lock.lock();
  }
}

bool TimerQueue::earlier(std::size_t a, std::size_t b) const noexcept {
  const delay_awaiter &x = *heap_[a];
  const delay_awaiter &y = *heap_[b];
  if (x.deadline_ != y.deadline_)
    return x.deadline_ < y.deadline_;
  return x.sequence_ < y.sequence_;
}

void TimerQueue::place(std::size_t index, delay_awaiter *delay) noexcept {
  heap_[index] = delay;
  delay->heap_index_ = index;
}

void TimerQueue::heap_push(delay_awaiter &delay) {
  heap_.push_back(&delay);
  delay.heap_index_ = heap_.size() - 1;
  sift_up(delay.heap_index_);
}

void TimerQueue::heap_remove(delay_awaiter &delay) noexcept {
  std::size_t index = delay.heap_index_;
  delay_awaiter *last = heap_.back();
  heap_.pop_back();
  if (last == &delay)
    return;
  place(index, last);
  sift_up(index);
  sift_down(last->heap_index_);
}

void TimerQueue::sift_up(std::size_t index) noexcept {
  while (index != 0) {
    std::size_t parent = (index - 1) / 2;
    if (!earlier(index, parent))
      return;
    delay_awaiter *child = heap_[index];
    place(index, heap_[parent]);
    place(parent, child);
    index = parent;
  }
}

void TimerQueue::sift_down(std::size_t index) noexcept {
  for (;;) {
    std::size_t first = index;
    for (std::size_t child : {2 * index + 1, 2 * index + 2})
      if (child < heap_.size() && earlier(child, first))
        first = child;
    if (first == index)
      return;
    delay_awaiter *moving = heap_[index];
    place(index, heap_[first]);
    place(first, moving);
    index = first;
  }
}

} // namespace asl
