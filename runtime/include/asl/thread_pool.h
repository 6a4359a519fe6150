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
// wake-ups. A continuation woken on a worker (a channel receiver, the next
// owner of a mutex) goes to that worker's run-next slot and runs as soon as
// the waker's work returns; see post_local(). An event's waiter runs inline
// in set() instead, within a small depth and a per-item budget (event.h),
// and goes to the slot beyond them. A task
// that ends on a worker lets its awaiter go on at once on that worker,
// through the trampoline, when the awaiter awaited from this pool.
//
// The pool is an execution_context: the runtime's awaiters that start on a
// worker resume on the pool.
//
// Shutdown: the destructor
//  1. cancels stop_token(): waits given that token end with
//     operation_cancelled, and their tasks resume on the pool;
//  2. waits until every task handed to asl::spawn() has finished, while the
//     workers go on running whatever is posted, from anywhere;
//  3. runs everything still queued, including what that work queues, and
//     joins the workers.
// Tasks that were not spawned are not the pool's: their Tasks own them, and
// nothing may post to the pool once the destructor is past step 2. A spawned
// task that waits for something that never happens, with a wait its token
// cannot end, keeps step 2 waiting, as joining a thread that never ends
// would.
// Thread-safety: everything but the destructor may be called from any thread;
// the destructor must not run on one of the pool's own workers.
#pragma once

#include <asl/cancellation.h>
#include <asl/context.h>
#include <asl/continuation.h>
#include <asl/detail/native_slot.h>

#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <type_traits>

namespace asl {

namespace detail {
class spawn_access;
} // namespace detail

class ThreadPool final : public execution_context {
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

  class yield_awaiter {
  public:
    explicit yield_awaiter(ThreadPool &pool) noexcept : pool_(&pool) {}
    bool await_ready() const noexcept { return false; }
    template <class Handle> void await_suspend(Handle h) {
      pool_->post_behind(detail::bind_continuation(h, slot_));
    }
    void await_resume() const noexcept {}

  private:
    ThreadPool *pool_;
    detail::native_slot slot_;
  };

  using exception_handler = std::function<void(std::exception_ptr)>;

  // What sample_load() reports: a moment's snapshot, for watchdogs.
  struct load {
    std::size_t queued = 0; // in the deques and the global queue
    unsigned sleeping = 0;  // workers parked
  };

  explicit ThreadPool(unsigned workers);
  ~ThreadPool();

  // An awaiter that continues the awaiting task on a worker.
  schedule_awaiter schedule() noexcept { return schedule_awaiter(*this); }

  // An awaiter that lets other work run first: the task continues on a
  // worker after what the global queue holds, and, on a worker, after that
  // worker's own queued work.
  //   while (busy()) { step(); co_await pool.yield(); }
  yield_awaiter yield() noexcept { return yield_awaiter(*this); }

  // Runs `next` on a worker: the caller's own deque when the caller is one
  // of this pool's workers, the global queue otherwise.
  void post(continuation next) override;

  // From one of this pool's workers: runs `next` on this worker as soon as
  // the work it runs now returns (the run-next slot). The slot holds one
  // continuation; an older one moves to the deque. At most three slot items
  // run in a row before the worker turns to its oldest queued item, and
  // workers that have searched for a while steal from slots, so the slot
  // cannot starve other work. (A worker that blocks, in a sync_wait say,
  // holds its slot's item until a spinning worker steals it.) From any
  // other thread: post().
  void post_local(continuation next) override;

  unsigned size() const noexcept;

  // Cancelled when the destructor starts: give it to long waits in spawned
  // tasks so that shutdown ends them.
  CancellationToken stop_token() const noexcept;

  // Called with the exception that ends a spawned task, on the thread where
  // the task ended. asl::operation_cancelled is how a cancelled task ends
  // and is not reported. With no handler (the default) the program ends
  // with std::terminate, as for an exception that leaves a std::thread.
  void set_exception_handler(exception_handler handler);

  load sample_load() const noexcept;

private:
  friend class detail::spawn_access;
  void post_behind(continuation next);

  struct impl;
  std::unique_ptr<impl> impl_;
};

// They always suspend (see asl/builder.h).
template <class T> struct is_usually_suspending;
template <>
struct is_usually_suspending<ThreadPool::schedule_awaiter> : std::true_type {};
template <>
struct is_usually_suspending<ThreadPool::yield_awaiter> : std::true_type {};

} // namespace asl
