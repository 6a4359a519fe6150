// The list behind asl::CancellationSource: registration, cancellation, and
// unregistering a node whose callback may be running on another thread.
#include <asl/cancellation.h>

namespace asl::detail {
namespace {

// A callback that throws ends the program: cancel() could not go on to the
// others, and its caller could not tell which ones ran.
void run_callback(cancellation_node *node) noexcept { node->callback(node); }

} // namespace

bool cancellation_state::cancel() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (cancelled_.load(std::memory_order_relaxed))
    return false;
  // Release: pairs with the acquire load in is_cancelled().
  cancelled_.store(true, std::memory_order_release);
  canceller_ = std::this_thread::get_id();

  // One node at a time, taken off the list under the lock: a callback may
  // unregister other nodes (destroy other awaiters) while it runs.
  while (cancellation_node *node = head_) {
    head_ = node->next;
    (head_ != nullptr ? head_->prev : tail_) = nullptr;
    node->linked = false;
    bool gone = false;
    running_ = node;
    running_gone_ = &gone;
    lock.unlock();
    run_callback(node);
    lock.lock();
    // The node may have been destroyed by its own callback (see
    // unregister()); otherwise its owner may be waiting for this.
    if (!gone)
      node->finished = true;
    running_ = nullptr;
    running_gone_ = nullptr;
    finished_cv_.notify_all();
  }
  canceller_ = std::thread::id();
  return true;
}

bool cancellation_state::try_register(cancellation_node &node) {
  std::lock_guard<std::mutex> lock(mutex_);
  // Checked under the lock: cancel() sets the flag under the same lock, so
  // a node is either refused here or in the list cancel() empties.
  if (cancelled_.load(std::memory_order_relaxed))
    return false;
  node.prev = tail_;
  node.next = nullptr;
  (tail_ != nullptr ? tail_->next : head_) = &node;
  tail_ = &node;
  node.linked = true;
  node.finished = false;
  return true;
}

bool cancellation_state::unregister(cancellation_node &node) noexcept {
  std::unique_lock<std::mutex> lock(mutex_);
  if (node.linked) {
    (node.prev != nullptr ? node.prev->next : head_) = node.next;
    (node.next != nullptr ? node.next->prev : tail_) = node.prev;
    node.prev = node.next = nullptr;
    node.linked = false;
    return true;
  }
  // Its callback is running on this very thread (it resumed the awaiter
  // inline, say): waiting would deadlock. Tell cancel() not to touch it.
  if (running_ == &node && canceller_ == std::this_thread::get_id()) {
    *running_gone_ = true;
    return false;
  }
  finished_cv_.wait(lock, [&] { return node.finished; });
  return false;
}

} // namespace asl::detail
