// asl/thread_pool.h - asl::ThreadPool, a work-stealing pool of worker threads.
//
//   asl::ThreadPool pool{2};
//   ASL_ASYNC asl::Task<int> work(asl::ThreadPool& pool) {
//     co_await pool.schedule();  // continues on one of the pool's workers
//     co_return heavy();
//   }
//
// Each worker owns a work-stealing deque; continuations posted from a worker
// go to its own deque, those posted from outside go to a global queue. Idle
// workers steal from others, then park; posting wakes one without lost
// wake-ups.
//
// Shutdown: the destructor lets the workers finish everything queued,
// including work queued while it waits, then joins them. Tasks suspended
// elsewhere (on an event, say) are not the pool's: their Tasks own them.
// Thread-safety: post() and schedule() may be called from any thread.
#pragma once

#include <asl/continuation.h>
#include <asl/detail/native_slot.h>

#include <memory>

namespace asl {

class ThreadPool {
public:
  class schedule_awaiter {
  public:
    explicit schedule_awaiter(ThreadPool &pool) noexcept : pool_(&pool) {}
    bool await_ready() const noexcept { return false; }
    template <class Handle> void await_suspend(Handle h) {
      pool_->post(detail::bind_continuation(h, slot_));
    }
    void await_resume() const noexcept {}

  private:
    ThreadPool *pool_;
    detail::native_slot slot_;
  };

  explicit ThreadPool(unsigned workers);
  ThreadPool(const ThreadPool &) = delete;
  ThreadPool &operator=(const ThreadPool &) = delete;
  ~ThreadPool();

  // An awaiter that continues the awaiting task on a worker.
  schedule_awaiter schedule() noexcept { return schedule_awaiter(*this); }

  // Runs `next` on a worker: the caller's own deque when the caller is one
  // of this pool's workers, the global queue otherwise.
  void post(continuation next);

  unsigned size() const noexcept;

private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

} // namespace asl
