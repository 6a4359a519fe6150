// asl::Mutex: a flag and a FIFO of waiters under a std::mutex; unlock()
// hands ownership to the oldest waiter without freeing the mutex, so no
// newcomer can take it in between.
#include <asl/mutex.h>

#include <cassert>

namespace asl {

lock_awaiter::lock_awaiter(Mutex &mutex, CancellationToken token) noexcept
    : wait_node(mutex.mutex_, &unlink, std::move(token)), mutex_(&mutex) {}

bool lock_awaiter::await_ready() noexcept {
  // With a cancelled token, begin_wait() refuses and await_resume() throws.
  return !token().is_cancelled() && mutex_->try_lock();
}

bool lock_awaiter::acquire_or_enqueue() {
  if (!mutex_->locked_) {
    mutex_->locked_ = true;
    return true;
  }
  mutex_->waiters_.push_back(*this);
  return false;
}

void lock_awaiter::unlink(wait_node &self) noexcept {
  auto &awaiter = static_cast<lock_awaiter &>(self);
  awaiter.mutex_->waiters_.remove(awaiter);
}

Mutex::~Mutex() {
  assert(!locked_ && waiters_.empty() && "Mutex destroyed while in use");
}

bool Mutex::try_lock() noexcept {
  std::lock_guard<std::mutex> lock(mutex_);
  if (locked_)
    return false;
  locked_ = true;
  return true;
}

void Mutex::unlock() {
  detail::pending_wake wake;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    assert(locked_ && "unlocking a Mutex that is not locked");
    if (detail::wait_node *next = waiters_.pop_front())
      wake = static_cast<lock_awaiter *>(next)->complete_under_lock();
    else
      locked_ = false;
  }
  wake.resume();
}

} // namespace asl
