// The cancellation half of detail::wait_node: registering with the token,
// the callback that races the primitive for the node, and unregistering.
#include <asl/detail/wait_node.h>

namespace asl::detail {

bool wait_node::register_cancellation() {
  cancellation_state *state = token_.state();
  if (state == nullptr)
    return true;
  hook_.callback = &on_cancel;
  hook_.owner = this;
  if (!state->try_register(hook_)) {
    state_ = wait_state::cancelled;
    return false;
  }
  registered_ = true;
  return true;
}

// Runs on the cancelling thread. Under the primitive's mutex it either finds
// the node still waiting (queued, or about to be: idle) and takes it, or
// finds that the primitive completed it first and leaves it alone.
void wait_node::on_cancel(cancellation_node *node) {
  wait_node &self = *static_cast<cancel_hook *>(node)->owner;
  pending_wake wake;
  {
    std::lock_guard<std::mutex> lock(*self.mutex_);
    switch (self.state_) {
    case wait_state::queued:
      self.unlink_(self);
      wake = pending_wake{self.context_, self.target_};
      self.state_ = wait_state::cancelled;
      break;
    case wait_state::idle:
      // begin_wait() sees this under the same mutex and does not queue.
      self.state_ = wait_state::cancelled;
      break;
    case wait_state::done:
    case wait_state::cancelled:
      return;
    }
  }
  wake.resume();
}

void wait_node::end_wait() {
  // After this, the callback is not running and never will, so state_ is
  // final: written under the mutex before the resume that led here.
  if (registered_) {
    registered_ = false;
    token_.state()->unregister(hook_);
  }
  if (state_ == wait_state::cancelled)
    throw operation_cancelled();
}

wait_node::~wait_node() {
  if (registered_)
    token_.state()->unregister(hook_);
  // Still queued: its task is being destroyed while it waits.
  if (state_ == wait_state::queued) {
    std::lock_guard<std::mutex> lock(*mutex_);
    if (state_ == wait_state::queued) {
      unlink_(*this);
      state_ = wait_state::cancelled;
    }
  }
}

} // namespace asl::detail
