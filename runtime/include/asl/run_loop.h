// asl/run_loop.h - asl::RunLoop, a single-threaded execution context: the
// role of a UI thread's SynchronizationContext, or of asyncio's event loop.
//
// A RunLoop runs the continuations posted to it, one at a time, on the
// thread that drives it (run() or run_pending()). While it runs, it is that
// thread's current_context(), so the runtime's awaiters that start there
// (delays, channels, the mutex, configure_await(x, true)) come back to it:
// code between two awaits never runs concurrently with other code of the
// loop, and needs no locks.
//
//   asl::RunLoop loop;
//   int n = loop.run([&] { return main_task(loop, pool); });
//
// Lifetime: the destructor runs whatever is still queued, on the destroying
// thread, as the loop (until nothing is queued); tasks suspended elsewhere
// are not the loop's. Nothing may post to a loop being destroyed.
// Thread-safety: post() and schedule() from any thread; run(), run_pending()
// and the destructor from one thread at a time, never nested.
#pragma once

#include <asl/context.h>
#include <asl/continuation.h>
#include <asl/detail/native_slot.h>
#include <asl/task.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <type_traits>
#include <utility>

namespace asl {

class RunLoop final : public execution_context {
public:
  class schedule_awaiter {
  public:
    explicit schedule_awaiter(RunLoop &loop) noexcept : loop_(&loop) {}
    bool await_ready() const noexcept { return false; }
    template <class Handle> void await_suspend(Handle h) {
      loop_->post(detail::bind_continuation(h, slot_));
    }
    void await_resume() const noexcept {}

  private:
    RunLoop *loop_;
    detail::native_slot slot_;
  };

  RunLoop() = default;
  ~RunLoop();

  // Queues `next`; the loop runs it after what is queued already.
  void post(continuation next) override;

  // An awaiter that continues the awaiting task on the loop.
  schedule_awaiter schedule() noexcept { return schedule_awaiter(*this); }

  // Calls make_task() on this thread as the loop's first work, then runs the
  // loop until that task ends. Returns its value or rethrows its exception.
  // Work still queued then stays queued for the next run.
  template <class MakeTask> auto run(MakeTask &&make_task) {
    using task_type = std::invoke_result_t<MakeTask &>;
    using T = typename task_type::value_type;
    task_type task = [&] {
      detail::context_scope in_loop(this);
      return make_task();
    }();
    if (!task.is_ready()) {
      finish_signal done(*this);
      task_ref_awaiter<T> awaiter(task);
      if (awaiter.await_suspend_in(continuation(&done), nullptr))
        run_until(done.finished_);
    }
    return sync_wait(std::move(task));
  }

  // Runs what is queued, and what that queues, until nothing is; returns
  // how many continuations ran. Does not wait for work posted later.
  std::size_t run_pending();

private:
  // Resumed when run()'s task ends, on whatever thread ends it.
  class finish_signal : public detail::resumable {
  public:
    explicit finish_signal(RunLoop &loop) noexcept
        : resumable{&signal}, loop_(&loop) {}
    bool finished_ = false; // guarded by the loop's mutex_

  private:
    static void signal(resumable *self);
    RunLoop *loop_;
  };

  // Runs continuations, waiting for more when none is queued, until
  // `finished` (guarded by mutex_) is set.
  void run_until(const bool &finished);

  std::mutex mutex_;
  std::condition_variable posted_;        // queue_ grew, or run()'s task ended
  std::deque<detail::resumable *> queue_; // guarded by mutex_
};

// It always suspends (see asl/builder.h).
template <class T> struct is_usually_suspending;
template <>
struct is_usually_suspending<RunLoop::schedule_awaiter> : std::true_type {};

} // namespace asl
