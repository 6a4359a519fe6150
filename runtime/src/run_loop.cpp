// asl::RunLoop: a mutex-protected FIFO of continuations and the loop that
// runs them on one thread.
#include <asl/run_loop.h>

namespace asl {

RunLoop::~RunLoop() { run_pending(); }

void RunLoop::post(continuation next) {
  // Notified under the lock: the continuation may run, end run()'s task and
  // let the loop be destroyed as soon as the lock is free.
  std::lock_guard<std::mutex> lock(mutex_);
  queue_.push_back(next.get());
  posted_.notify_one();
}

std::size_t RunLoop::run_pending() {
  detail::context_scope in_loop(this);
  std::size_t ran = 0;
  for (;;) {
    detail::resumable *next;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (queue_.empty())
        return ran;
      next = queue_.front();
      queue_.pop_front();
    }
    detail::run_from(next);
    ++ran;
  }
}

void RunLoop::run_until(const bool &finished) {
  detail::context_scope in_loop(this);
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    posted_.wait(lock, [&] { return finished || !queue_.empty(); });
    if (finished)
      return;
    detail::resumable *next = queue_.front();
    queue_.pop_front();
    lock.unlock();
    detail::run_from(next);
    lock.lock();
  }
}

void RunLoop::finish_signal::signal(resumable *self) {
  auto *done = static_cast<finish_signal *>(self);
  RunLoop &loop = *done->loop_;
  // Notified under the lock: run() returns, and destroys this signal, as
  // soon as it sees `finished_`, which it can only read under the lock.
  std::lock_guard<std::mutex> lock(loop.mutex_);
  done->finished_ = true;
  loop.posted_.notify_one();
}

} // namespace asl
