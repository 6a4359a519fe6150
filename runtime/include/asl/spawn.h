// asl/spawn.h - asl::spawn: fire-and-forget tasks on a ThreadPool.
//
// spawn(pool, make_task) posts a job to the pool; on a worker, the job calls
// make_task(), which starts the task there (tasks are eager), and the pool
// then owns the task until it ends. spawn(pool, task) adopts a task that is
// already running (it started on the caller's thread).
//
//   asl::spawn(pool, [&] { return serve(connection); });
//   asl::spawn(pool, flush_log(log));
//
// An exception that ends a spawned task, or that make_task() throws, goes
// to the pool's exception handler (see ThreadPool::set_exception_handler):
// never silently lost. asl::operation_cancelled counts as a normal end.
//
// Lifetime: a spawned task lives until it ends; it is destroyed, with its
// frame or state machine, on the thread where it ended. The pool's
// destructor waits for every spawned task (see ThreadPool's shutdown).
// Thread-safety: spawn() may be called from any thread, workers included.
#pragma once

#include <asl/task.h>
#include <asl/thread_pool.h>

#include <exception>
#include <memory>
#include <type_traits>
#include <utility>

namespace asl {
namespace detail {

// The pool's bookkeeping of spawned tasks (thread_pool.cpp).
class spawn_access {
public:
  static void begin(ThreadPool &pool);
  static void end(ThreadPool &pool, std::exception_ptr failure);
};

template <class T> struct is_task : std::false_type {};
template <class T> struct is_task<Task<T>> : std::true_type {};

// Holds a spawned task while it runs; it is the task's continuation.
template <class T> class detached_task final : public resumable {
public:
  // Takes over `task`, already counted by spawn_access::begin().
  static void adopt(ThreadPool &pool, Task<T> task) {
    if (task.is_ready()) {
      spawn_access::end(pool, failure_of(task));
      return;
    }
    auto *self = new detached_task(pool, std::move(task));
    // Registered through a Task awaiter, the one public way in; false: the
    // task ended in the meantime, and the awaiter goes on itself.
    // With no context: finish() runs where the task ends.
    task_ref_awaiter<T> awaiter(self->task_);
    if (!awaiter.await_suspend_in(continuation(self), nullptr))
      finish(self);
  }

private:
  detached_task(ThreadPool &pool, Task<T> &&task)
      : resumable{&finish}, pool_(&pool), task_(std::move(task)) {}

  // The task's completion hands this over to the trampoline, after its body
  // has returned, so destroying the task here is safe.
  static void finish(resumable *done) {
    auto *self = static_cast<detached_task *>(done);
    ThreadPool &pool = *self->pool_;
    std::exception_ptr failure = failure_of(self->task_);
    delete self;
    spawn_access::end(pool, std::move(failure));
  }

  static std::exception_ptr failure_of(Task<T> &task) noexcept {
    try {
      static_cast<void>(std::move(task).result());
      return nullptr;
    } catch (...) {
      return std::current_exception();
    }
  }

  ThreadPool *pool_;
  Task<T> task_;
};

// The job spawn(pool, make_task) posts: starts the task on a worker.
template <class MakeTask> class spawn_job final : public resumable {
public:
  spawn_job(ThreadPool &pool, MakeTask make_task)
      : resumable{&run}, pool_(&pool), make_task_(std::move(make_task)) {}

private:
  using task_type = std::invoke_result_t<MakeTask &>;
  using value_type = typename task_type::value_type;

  static void run(resumable *self) {
    std::unique_ptr<spawn_job> job(static_cast<spawn_job *>(self));
    ThreadPool &pool = *job->pool_;
    task_type task;
    try {
      task = job->make_task_();
    } catch (...) {
      job.reset();
      spawn_access::end(pool, std::current_exception());
      return;
    }
    job.reset();
    detached_task<value_type>::adopt(pool, std::move(task));
  }

  ThreadPool *pool_;
  MakeTask make_task_;
};

} // namespace detail

// Starts make_task() on a worker of `pool` and lets the task run to its end.
template <
    class MakeTask,
    std::enable_if_t<
        detail::is_task<std::invoke_result_t<std::decay_t<MakeTask> &>>::value,
        int> = 0>
void spawn(ThreadPool &pool, MakeTask &&make_task) {
  detail::spawn_access::begin(pool);
  try {
    auto job = std::make_unique<detail::spawn_job<std::decay_t<MakeTask>>>(
        pool, std::forward<MakeTask>(make_task));
    pool.post(continuation(job.get()));
    job.release();
  } catch (...) {
    // Nothing was queued: uncount it, and tell the caller.
    detail::spawn_access::end(pool, nullptr);
    throw;
  }
}

// Lets `task`, already running, run to its end under `pool`'s bookkeeping.
template <class T> void spawn(ThreadPool &pool, Task<T> task) {
  detail::spawn_access::begin(pool);
  try {
    detail::detached_task<T>::adopt(pool, std::move(task));
  } catch (...) {
    detail::spawn_access::end(pool, nullptr);
    throw;
  }
}

} // namespace asl
