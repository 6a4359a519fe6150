// asl/channel.h - asl::Channel<T>, a Go-style channel between tasks.
//
// A channel carries values of T from senders to receivers, first in, first
// out. Its capacity bounds how many values it buffers: `co_await
// ch.send(v)` suspends while the buffer is full, and with capacity 0 until a
// receiver takes the value (a rendezvous, Go's unbuffered channel);
// Channel<T>::unbounded never makes a sender wait. `co_await ch.receive()`
// suspends while the channel is empty, and returns std::nullopt once the
// channel is closed and drained, so a consumer reads until the end with
//
//   while (std::optional<Job> job = co_await jobs.receive())
//     handle(*job);
//
// close() lets receivers drain what is buffered and then see the end;
// senders that wait then, and any later send, fail with asl::channel_closed.
// A send or receive given a cancellation token ends with
// asl::operation_cancelled if the token is cancelled first; a cancelled
// receive takes no value and a cancelled send delivers none.
//
// Waiters are served in the order they began to wait, and resume in their
// contexts (on a pool worker: that worker's run-next slot).
//
// Lifetime: a Channel must outlive the tasks that wait on it. Destroying a
// task that waits on it unlinks it. T's move constructor must not throw.
// Thread-safety: every member may be called from any thread.
#pragma once

#include <asl/cancellation.h>
#include <asl/detail/wait_node.h>

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <type_traits>
#include <utility>

namespace asl {

// A send on a closed channel (Go would panic).
class channel_closed : public std::exception {
public:
  const char *what() const noexcept override {
    return "send on a closed channel";
  }
};

template <class T> class Channel;

template <class T> class receive_awaiter : public detail::wait_node {
public:
  receive_awaiter(Channel<T> &channel, CancellationToken token) noexcept
      : wait_node(channel.mutex_, &unlink, std::move(token)),
        channel_(&channel) {}
  receive_awaiter(receive_awaiter &&other) noexcept
      : wait_node(other), channel_(other.channel_),
        value_(std::move(other.value_)) {}

  // Takes a value at once if one is there (or learns of the end).
  bool await_ready() {
    return !token().is_cancelled() && channel_->receive_now(*this);
  }
  template <class Handle> bool await_suspend(Handle h) {
    return begin_wait(h, [this](detail::pending_wake &wake) {
      return channel_->receive_or_enqueue(*this, wake);
    });
  }
  // The value, or nullopt when the channel is closed and drained.
  std::optional<T> await_resume() {
    end_wait();
    return std::move(value_);
  }

private:
  friend class Channel<T>;
  static void unlink(wait_node &self) noexcept {
    auto &awaiter = static_cast<receive_awaiter &>(self);
    awaiter.channel_->receivers_.remove(awaiter);
  }

  Channel<T> *channel_;
  std::optional<T> value_; // written under the channel's mutex
};

template <class T> class send_awaiter : public detail::wait_node {
public:
  send_awaiter(Channel<T> &channel, T &&value, CancellationToken token) noexcept
      : wait_node(channel.mutex_, &unlink, std::move(token)),
        channel_(&channel), value_(std::move(value)) {}
  send_awaiter(send_awaiter &&other) noexcept
      : wait_node(other), channel_(other.channel_),
        value_(std::move(other.value_)) {}

  // Delivers at once if a receiver waits or the buffer has room.
  bool await_ready() {
    return !token().is_cancelled() && channel_->send_now(*this);
  }
  template <class Handle> bool await_suspend(Handle h) {
    return begin_wait(h, [this](detail::pending_wake &wake) {
      return channel_->send_or_enqueue(*this, wake);
    });
  }
  void await_resume() {
    end_wait();
    if (closed_)
      throw channel_closed();
  }

private:
  friend class Channel<T>;
  static void unlink(wait_node &self) noexcept {
    auto &awaiter = static_cast<send_awaiter &>(self);
    awaiter.channel_->senders_.remove(awaiter);
  }

  Channel<T> *channel_;
  T value_;
  bool closed_ = false; // written under the channel's mutex
};

template <class T> class Channel {
  static_assert(std::is_nothrow_move_constructible_v<T>,
                "a channel moves values under its lock; a throwing move "
                "could lose one");

public:
  static constexpr std::size_t unbounded = SIZE_MAX;

  explicit Channel(std::size_t capacity = unbounded) noexcept
      : capacity_(capacity) {}
  Channel(const Channel &) = delete;
  Channel &operator=(const Channel &) = delete;
  ~Channel() {
    assert(receivers_.empty() && senders_.empty() &&
           "Channel destroyed while tasks wait on it");
  }

  send_awaiter<T> send(T value, CancellationToken token = {}) {
    return send_awaiter<T>(*this, std::move(value), std::move(token));
  }
  receive_awaiter<T> receive(CancellationToken token = {}) noexcept {
    return receive_awaiter<T>(*this, std::move(token));
  }

  // Sends without waiting: true if delivered or buffered. Moves from
  // `value` only then. Throws channel_closed on a closed channel.
  bool try_send(T &value) {
    detail::pending_wake wake;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (closed_)
        throw channel_closed();
      if (!deliver(value, wake))
        return false;
    }
    wake.resume();
    return true;
  }

  // Receives without waiting: a value, or nullopt if none is there now.
  std::optional<T> try_receive() {
    std::optional<T> value;
    detail::pending_wake wake;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      take(value, wake);
    }
    wake.resume();
    return value;
  }

  // Ends the stream: buffered values can still be received, then receivers
  // get nullopt. Waiting senders fail with channel_closed. True if this call
  // closed the channel, false if it was closed already.
  bool close();

  bool is_closed() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return closed_;
  }
  // Values buffered now.
  std::size_t size() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return buffer_.size();
  }
  std::size_t capacity() const noexcept { return capacity_; }

private:
  friend class receive_awaiter<T>;
  friend class send_awaiter<T>;

  // Under mutex_. Takes the oldest buffered value, refilling the buffer from
  // the oldest waiting sender, or (no buffer) that sender's value directly.
  // False when there is nothing to take.
  bool take(std::optional<T> &into, detail::pending_wake &wake) {
    auto *sender = static_cast<send_awaiter<T> *>(senders_.front());
    if (!buffer_.empty()) {
      into.emplace(std::move(buffer_.front()));
      buffer_.pop_front();
      if (sender != nullptr) {
        buffer_.push_back(std::move(sender->value_));
        senders_.remove(*sender);
        wake = sender->complete_under_lock();
      }
      return true;
    }
    if (sender != nullptr) {
      into.emplace(std::move(sender->value_));
      senders_.remove(*sender);
      wake = sender->complete_under_lock();
      return true;
    }
    return false;
  }

  // Under mutex_. Hands `value` to the oldest waiting receiver, or buffers
  // it if there is room. False when it would have to wait.
  bool deliver(T &value, detail::pending_wake &wake) {
    if (detail::wait_node *waiting = receivers_.pop_front()) {
      auto *receiver = static_cast<receive_awaiter<T> *>(waiting);
      receiver->value_.emplace(std::move(value));
      wake = receiver->complete_under_lock();
      return true;
    }
    if (buffer_.size() < capacity_) {
      buffer_.push_back(std::move(value));
      return true;
    }
    return false;
  }

  // Under mutex_: true when `r` is complete (a value, or the end).
  bool receive_or_enqueue(receive_awaiter<T> &r, detail::pending_wake &wake) {
    if (take(r.value_, wake) || closed_)
      return true;
    receivers_.push_back(r);
    return false;
  }
  bool send_or_enqueue(send_awaiter<T> &s, detail::pending_wake &wake) {
    if (closed_) {
      s.closed_ = true;
      return true;
    }
    if (deliver(s.value_, wake))
      return true;
    senders_.push_back(s);
    return false;
  }

  bool receive_now(receive_awaiter<T> &r) {
    detail::pending_wake wake;
    bool done;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done = take(r.value_, wake) || closed_;
    }
    wake.resume();
    return done;
  }
  bool send_now(send_awaiter<T> &s) {
    detail::pending_wake wake;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (closed_) {
        s.closed_ = true;
        return true;
      }
      if (!deliver(s.value_, wake))
        return false;
    }
    wake.resume();
    return true;
  }

  mutable std::mutex mutex_;
  const std::size_t capacity_;
  bool closed_ = false;          // guarded by mutex_
  std::deque<T> buffer_;         // guarded by mutex_
  detail::wait_queue receivers_; // guarded by mutex_; only when empty
  detail::wait_queue senders_;   // guarded by mutex_; only when full
};

template <class T> bool Channel<T>::close() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (closed_)
    return false;
  closed_ = true;
  // One waiter at a time, each taken off its queue under the lock: a resumed
  // task may destroy another waiter, which then unlinks itself. No waiter
  // joins a closed channel, so this ends.
  for (;;) {
    detail::pending_wake wake;
    if (detail::wait_node *receiver = receivers_.pop_front()) {
      wake = static_cast<receive_awaiter<T> *>(receiver)->complete_under_lock();
    } else if (detail::wait_node *sender = senders_.pop_front()) {
      auto *s = static_cast<send_awaiter<T> *>(sender);
      s->closed_ = true;
      wake = s->complete_under_lock();
    } else {
      return true;
    }
    lock.unlock();
    wake.resume();
    lock.lock();
  }
}

template <class T> struct is_relocatable;
// Not queued until await_suspend, so bytes may move if T's may.
template <class T>
struct is_relocatable<receive_awaiter<T>> : is_relocatable<T> {};
template <class T>
struct is_relocatable<send_awaiter<T>> : is_relocatable<T> {};

} // namespace asl
