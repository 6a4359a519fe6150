// asl/detail/wait_node.h - the part every cancellable wait of the runtime's
// primitives shares: a delay, a channel send or receive, a mutex lock, an
// event wait(token).
//
// A wait_node is embedded in the operation's awaiter. It links into its
// primitive's queue, remembers the continuation and the context to resume it
// in, and carries the cancellation token and the node registered with it.
// Its state moves once, from idle or queued to done or cancelled, under the
// primitive's mutex, so that exactly one of "the primitive completes it" and
// "its token cancels it" wins:
//
//   idle   --(begin_wait queues it)--> queued
//   idle   --(token)-->                cancelled
//   queued --(the primitive)-->        done
//   queued --(token)-->                cancelled
//
//   if (!token.is_cancelled() && begin_wait(h, attempt)) return; // suspended
//   ... await_resume(): end_wait();  // throws operation_cancelled
//
// Lifetime: a node may be moved (it is copied field by field, or bytewise by
// a relocating state machine) only while idle and not yet registered. The
// primitive must outlive its queued nodes. Destroying a queued node (its
// task destroyed while suspended) unlinks it, provided nothing completes or
// cancels it at the same moment.
// Thread-safety: completers and the cancellation callback run on any thread;
// everything they touch is guarded by the primitive's mutex.
#pragma once

#include <asl/cancellation.h>
#include <asl/context.h>
#include <asl/continuation.h>
#include <asl/detail/native_slot.h>

#include <cassert>
#include <mutex>

namespace asl::detail {

// A continuation to resume, with the context it wants, taken out of a node
// under the primitive's mutex and resumed after unlocking it.
struct pending_wake {
  execution_context *context = nullptr;
  continuation target;

  explicit operator bool() const noexcept { return bool(target); }
  void resume() const {
    if (target)
      resume_in(context, target);
  }
};

class wait_node {
public:
  // ConfigureAwait: false resumes wherever the operation completes.
  void continue_on_captured_context(bool capture) noexcept {
    capture_ = capture;
  }

  // Links for the primitive's queue; guarded by its mutex.
  wait_node *prev_ = nullptr;
  wait_node *next_ = nullptr;

protected:
  enum class wait_state : unsigned char { idle, queued, done, cancelled };
  using unlink_fn = void (*)(wait_node &self) noexcept;

  wait_node(std::mutex &mutex, unlink_fn unlink,
            CancellationToken token) noexcept
      : mutex_(&mutex), unlink_(unlink), token_(std::move(token)) {}
  wait_node(const wait_node &other) noexcept
      : mutex_(other.mutex_), unlink_(other.unlink_), token_(other.token_),
        capture_(other.capture_) {
    assert(other.state_ == wait_state::idle && !other.registered_ &&
           "an awaiter may only be moved before it is awaited");
  }
  wait_node &operator=(const wait_node &) = delete;
  ~wait_node();

  // Begins to wait. `attempt(wake)` runs under the primitive's mutex: it
  // either completes the operation at once and returns true (setting `wake`
  // if that completes someone else, to be resumed after unlocking), or links
  // this node into the primitive's queue and returns false. Returns true if
  // suspended; false to go on at once (completed, or cancelled).
  template <class Handle, class Attempt>
  bool begin_wait(Handle h, Attempt &&attempt);

  // At await_resume: unregisters from the token; throws operation_cancelled
  // if the token won.
  void end_wait();

  // For a completer, under the primitive's mutex, after unlinking the node.
  pending_wake complete_under_lock() noexcept {
    state_ = wait_state::done;
    return pending_wake{context_, target_};
  }

  // For a primitive that goes away with the node still queued, under its
  // mutex, after unlinking it: the node ends with operation_cancelled.
  pending_wake cancel_under_lock() noexcept {
    state_ = wait_state::cancelled;
    return pending_wake{context_, target_};
  }

  bool cancelled() const noexcept { return state_ == wait_state::cancelled; }
  const CancellationToken &token() const noexcept { return token_; }
  std::mutex &mutex() const noexcept { return *mutex_; }

private:
  // What the token calls; knows its node.
  struct cancel_hook : cancellation_node {
    wait_node *owner = nullptr;
  };

  bool register_cancellation();
  static void on_cancel(cancellation_node *node);

  std::mutex *mutex_;
  unlink_fn unlink_;
  CancellationToken token_;
  continuation target_;
  execution_context *context_ = nullptr;
  cancel_hook hook_;
  native_slot slot_;
  wait_state state_ = wait_state::idle; // guarded by *mutex_ once waiting
  bool capture_ = true;
  bool registered_ = false;
};

// A FIFO of waiting nodes, linked through the nodes; guarded by the
// primitive's mutex.
class wait_queue {
public:
  bool empty() const noexcept { return head_ == nullptr; }
  wait_node *front() const noexcept { return head_; }

  void push_back(wait_node &node) noexcept {
    node.prev_ = tail_;
    node.next_ = nullptr;
    (tail_ != nullptr ? tail_->next_ : head_) = &node;
    tail_ = &node;
  }
  wait_node *pop_front() noexcept {
    wait_node *node = head_;
    if (node != nullptr)
      remove(*node);
    return node;
  }
  void remove(wait_node &node) noexcept {
    (node.prev_ != nullptr ? node.prev_->next_ : head_) = node.next_;
    (node.next_ != nullptr ? node.next_->prev_ : tail_) = node.prev_;
    node.prev_ = node.next_ = nullptr;
  }

private:
  wait_node *head_ = nullptr; // oldest first
  wait_node *tail_ = nullptr;
};

template <class Handle, class Attempt>
bool wait_node::begin_wait(Handle h, Attempt &&attempt) {
  target_ = bind_continuation(h, slot_);
  context_ = capture_ ? current_context() : nullptr;
  // Registered before the node is queued: once queued it may complete on
  // another thread at any moment, and end_wait() must find it registered.
  if (!register_cancellation())
    return false;

  pending_wake wake;
  {
    std::lock_guard<std::mutex> lock(*mutex_);
    // The token fired between registering and here (see on_cancel()).
    if (state_ == wait_state::cancelled)
      return false;
    if (!attempt(wake)) {
      state_ = wait_state::queued;
      return true;
    }
    state_ = wait_state::done;
  }
  wake.resume();
  return false;
}

} // namespace asl::detail
