// asl/mutex.h - asl::Mutex, a mutex that tasks await instead of blocking.
//
// `co_await mutex.lock()` suspends the task until the mutex is free and
// returns an asl::MutexLock that owns it; the lock releases it when it is
// destroyed or unlock()ed. Waiters take the mutex in the order they began to
// wait: unlock() hands it straight to the oldest one, which resumes in its
// context (on a pool worker: that worker's run-next slot).
//
//   asl::MutexLock held = co_await mutex.lock();
//   balance += amount;  // no other task is here; held unlocks at scope end
//
// A lock() given a cancellation token ends with asl::operation_cancelled,
// not owning the mutex, if the token is cancelled before the mutex is handed
// over.
//
// Lifetime: a Mutex must outlive its waiters and its locks, and must be
// unlocked when destroyed. Destroying a task that waits for it unlinks it.
// Thread-safety: lock(), try_lock() and unlock() from any thread; the owner
// need not unlock on the thread that locked (tasks move between threads).
#pragma once

#include <asl/cancellation.h>
#include <asl/detail/wait_node.h>

#include <mutex>
#include <type_traits>
#include <utility>

namespace asl {

class Mutex;

// Ownership of a Mutex, released by the destructor.
class [[nodiscard]] MutexLock {
public:
  MutexLock() noexcept = default;
  MutexLock(MutexLock &&other) noexcept
      : mutex_(std::exchange(other.mutex_, nullptr)) {}
  MutexLock &operator=(MutexLock other) noexcept {
    std::swap(mutex_, other.mutex_);
    return *this;
  }
  ~MutexLock() { unlock(); }

  bool owns_lock() const noexcept { return mutex_ != nullptr; }
  // Releases the mutex now (the destructor then does nothing).
  void unlock();

private:
  friend class Mutex;
  friend class lock_awaiter;
  explicit MutexLock(Mutex &owned) noexcept : mutex_(&owned) {}

  Mutex *mutex_ = nullptr;
};

class lock_awaiter : public detail::wait_node {
public:
  lock_awaiter(Mutex &mutex, CancellationToken token) noexcept;
  lock_awaiter(const lock_awaiter &) noexcept = default;

  // Takes the mutex at once if it is free.
  bool await_ready() noexcept;
  template <class Handle> bool await_suspend(Handle h) {
    return begin_wait(
        h, [this](detail::pending_wake &) { return acquire_or_enqueue(); });
  }
  MutexLock await_resume() {
    end_wait();
    return MutexLock(*mutex_);
  }

private:
  friend class Mutex;
  bool acquire_or_enqueue(); // under the mutex's lock
  static void unlink(wait_node &self) noexcept;

  Mutex *mutex_;
};

class Mutex {
public:
  Mutex() = default;
  Mutex(const Mutex &) = delete;
  Mutex &operator=(const Mutex &) = delete;
  ~Mutex();

  lock_awaiter lock(CancellationToken token = {}) noexcept {
    return lock_awaiter(*this, std::move(token));
  }
  // Takes the mutex if it is free; the caller must unlock() it.
  bool try_lock() noexcept;
  // Hands the mutex to the oldest waiter, or frees it.
  void unlock();

private:
  friend class lock_awaiter;

  std::mutex mutex_;
  bool locked_ = false;        // guarded by mutex_
  detail::wait_queue waiters_; // guarded by mutex_; oldest first
};

inline void MutexLock::unlock() {
  if (Mutex *owned = std::exchange(mutex_, nullptr))
    owned->unlock();
}

template <class T> struct is_relocatable;
// Neither points into itself; the awaiter is queued only in await_suspend.
template <> struct is_relocatable<MutexLock> : std::true_type {};
template <> struct is_relocatable<lock_awaiter> : std::true_type {};

} // namespace asl
