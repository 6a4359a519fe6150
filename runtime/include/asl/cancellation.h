// asl/cancellation.h - cooperative cancellation, after .NET's
// CancellationTokenSource / CancellationToken / CancellationTokenRegistration.
//
// A CancellationSource decides; the CancellationTokens it hands out observe.
// Awaits that take a token (a delay, a channel receive or send, a mutex
// lock) end with asl::operation_cancelled once the source is cancelled; code
// that runs long can poll is_cancelled(). A CancellationRegistration runs a
// callback when the source is cancelled.
//
//   asl::CancellationSource stop;
//   co_await timers.delay(10s, stop.token());  // throws operation_cancelled
//                                              // as soon as stop.cancel()
//
// cancel() runs every registered callback on the calling thread, in the
// order they were registered, before it returns; a callback registered after
// that runs at once in the registering thread.
//
// Lifetime: the state is shared by the source and its tokens (reference
// counted), so a token may outlive its source; it then can never be
// cancelled unless it already was. A registration keeps the state alive
// too. A moved-from source must not be used.
// Thread-safety: everything may be called from any thread. Destroying a
// registration whose callback is running on another thread waits for the
// callback to return; on the callback's own thread it does not wait.
#pragma once

#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <type_traits>
#include <utility>

namespace asl {

// How an await that was cancelled ends.
class operation_cancelled : public std::exception {
public:
  const char *what() const noexcept override { return "operation cancelled"; }
};

namespace detail {

class cancellation_state;

// A callback in a cancellation_state's list. Embedded in what waits (an
// awaiter, a registration), so registering allocates nothing. Every field
// but `callback` is guarded by the state's mutex.
struct cancellation_node {
  void (*callback)(cancellation_node *self) = nullptr;
  cancellation_node *prev = nullptr;
  cancellation_node *next = nullptr;
  bool linked = false;   // in the state's list
  bool finished = false; // its callback ran and returned
};

// The state a source shares with its tokens and registrations.
class cancellation_state {
public:
  static cancellation_state *create() { return new cancellation_state(); }
  cancellation_state(const cancellation_state &) = delete;
  cancellation_state &operator=(const cancellation_state &) = delete;

  void add_ref() noexcept {
    // Relaxed: a new reference is made from an existing one, which keeps
    // the state alive meanwhile.
    refs_.fetch_add(1, std::memory_order_relaxed);
  }
  void release() noexcept {
    // Acq_rel: the release orders this owner's use of the state before the
    // delete; the acquire in the last owner's decrement sees all of them.
    if (refs_.fetch_sub(1, std::memory_order_acq_rel) == 1)
      delete this;
  }

  bool is_cancelled() const noexcept {
    // Acquire: pairs with the release store in cancel(); whoever sees the
    // flag also sees what the canceller wrote before cancelling.
    return cancelled_.load(std::memory_order_acquire);
  }

  // True if this call cancelled, false if it had been already. Runs the
  // callbacks on this thread, in registration order. A callback must not
  // throw (it would end the program).
  bool cancel();

  // Adds `node`; false (and nothing added) when already cancelled.
  bool try_register(cancellation_node &node);

  // Removes a node that try_register() added. True when its callback will
  // never run. False when it ran or is running: then this returns once it
  // has returned, unless the caller is the thread running it.
  bool unregister(cancellation_node &node) noexcept;

private:
  cancellation_state() = default;
  ~cancellation_state() = default;

  std::atomic<long> refs_{1};
  std::atomic<bool> cancelled_{false};
  std::mutex mutex_;
  std::condition_variable finished_cv_; // a callback returned
  cancellation_node *head_ = nullptr;   // oldest first
  cancellation_node *tail_ = nullptr;
  // The callback cancel() is running, and where to note that its node was
  // unregistered (and so may be gone) by that very callback.
  cancellation_node *running_ = nullptr;
  bool *running_gone_ = nullptr;
  std::thread::id canceller_;
};

// A counted reference to a cancellation_state; null means "never".
class state_ref {
public:
  state_ref() noexcept = default;
  explicit state_ref(cancellation_state *adopted) noexcept : state_(adopted) {}
  state_ref(const state_ref &other) noexcept : state_(other.state_) {
    if (state_ != nullptr)
      state_->add_ref();
  }
  state_ref(state_ref &&other) noexcept
      : state_(std::exchange(other.state_, nullptr)) {}
  state_ref &operator=(state_ref other) noexcept {
    std::swap(state_, other.state_);
    return *this;
  }
  ~state_ref() {
    if (state_ != nullptr)
      state_->release();
  }
  cancellation_state *get() const noexcept { return state_; }

private:
  cancellation_state *state_ = nullptr;
};

} // namespace detail

class CancellationToken {
public:
  // A token that is never cancelled.
  CancellationToken() noexcept = default;

  bool can_be_cancelled() const noexcept { return state_.get() != nullptr; }
  bool is_cancelled() const noexcept {
    return state_.get() != nullptr && state_.get()->is_cancelled();
  }
  void throw_if_cancelled() const {
    if (is_cancelled())
      throw operation_cancelled();
  }

  // For awaiters that embed a node (see detail::wait_node).
  detail::cancellation_state *state() const noexcept { return state_.get(); }

private:
  friend class CancellationSource;
  explicit CancellationToken(detail::state_ref state) noexcept
      : state_(std::move(state)) {}

  detail::state_ref state_;
};

class CancellationSource {
public:
  CancellationSource() : state_(detail::cancellation_state::create()) {}
  CancellationSource(CancellationSource &&) noexcept = default;
  CancellationSource &operator=(CancellationSource &&) noexcept = default;

  CancellationToken token() const noexcept { return CancellationToken(state_); }
  bool is_cancelled() const noexcept { return state_.get()->is_cancelled(); }

  // Cancels, running every registered callback on this thread before it
  // returns. True if this call cancelled; false if it was done before.
  bool cancel() { return state_.get()->cancel(); }

private:
  detail::state_ref state_;
};

// Runs `callback` once when `token` is cancelled: on the cancelling thread,
// or at once in the constructor if the token is cancelled already. The
// destructor unregisters it. Like std::stop_callback:
//
//   asl::CancellationRegistration on_stop(token, [&] { socket.close(); });
template <class Callback>
class CancellationRegistration : private detail::cancellation_node {
public:
  template <class F>
  CancellationRegistration(const CancellationToken &token, F &&callback)
      : callback_(std::forward<F>(callback)) {
    detail::cancellation_state *state = token.state();
    if (state == nullptr)
      return;
    this->callback = &run;
    if (state->try_register(*this)) {
      state->add_ref();
      state_ = detail::state_ref(state);
    } else {
      callback_();
    }
  }
  CancellationRegistration(const CancellationRegistration &) = delete;
  CancellationRegistration &
  operator=(const CancellationRegistration &) = delete;
  ~CancellationRegistration() {
    if (state_.get() != nullptr)
      state_.get()->unregister(*this);
  }

private:
  static void run(detail::cancellation_node *node) {
    static_cast<CancellationRegistration *>(node)->callback_();
  }

  Callback callback_;
  detail::state_ref state_;
};

template <class F>
CancellationRegistration(const CancellationToken &, F)
    -> CancellationRegistration<std::decay_t<F>>;

template <class T> struct is_relocatable;
// Counted pointers to the shared state: nothing points at them.
template <> struct is_relocatable<CancellationToken> : std::true_type {};
template <> struct is_relocatable<CancellationSource> : std::true_type {};
// A token passed by value to an async function: its copy only releases a
// reference when it dies, which nothing can observe, so the function's
// machine may still finish on the caller's stack (asl/builder.h).
template <class T> struct parameter_copy;
template <>
struct is_relocatable<parameter_copy<CancellationToken>> : std::true_type {};
// CancellationRegistration is not relocatable: its node is linked into the
// state's list, which points at it.

} // namespace asl
