// asl/timer_queue.h - delays and timers: asl::TimerQueue, PeriodicTimer.
//
// A TimerQueue keeps pending delays ordered by deadline. In real time, its
// own thread sleeps until the earliest deadline and then resumes that delay's
// task in the context it awaited from (a pool, a run loop), or on the timer
// thread itself when it had none. In manual time, nothing moves until
// advance(), which fires what falls due on the calling thread: tests get the
// same order of events on every run.
//
//   asl::TimerQueue timers;
//   co_await timers.delay(std::chrono::milliseconds(50), token);
//
// Delays with equal deadlines fire in the order they began to wait. A delay
// that is due already completes without suspending. Cancelling its token
// ends a pending delay at once with asl::operation_cancelled.
//
// Lifetime: destroying the queue stops its thread, then ends every pending
// delay with operation_cancelled (their tasks resume in their contexts,
// which must still exist). A task must not start a delay on a queue that is
// being destroyed.
// Thread-safety: delay(), delay_until(), now() and pending() from any thread;
// advance() from one thread at a time.
#pragma once

#include <asl/cancellation.h>
#include <asl/detail/wait_node.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <thread>
#include <type_traits>
#include <vector>

namespace asl {

class TimerQueue;

// What `co_await timers.delay(d)` waits with.
class delay_awaiter : public detail::wait_node {
public:
  using time_point = std::chrono::steady_clock::time_point;

  delay_awaiter(TimerQueue &queue, time_point deadline,
                CancellationToken token) noexcept;
  delay_awaiter(const delay_awaiter &) noexcept = default;

  bool await_ready() const;
  template <class Handle> bool await_suspend(Handle h) {
    return begin_wait(h, [this](detail::pending_wake &) { return enqueue(); });
  }
  void await_resume() { end_wait(); }

private:
  friend class TimerQueue;
  // Under the queue's mutex: false after queuing this delay, true (done)
  // when it is already due.
  bool enqueue();
  static void unlink(wait_node &self) noexcept;

  TimerQueue *queue_;
  time_point deadline_;
  std::uint64_t sequence_ = 0; // ties between equal deadlines: FIFO
  std::size_t heap_index_ = 0; // position in the queue's heap
};

// Bytes may move until the delay is queued (in await_suspend).
template <class T> struct is_relocatable;
template <> struct is_relocatable<delay_awaiter> : std::true_type {};
// A delay is seldom due already (see asl/builder.h).
template <class T> struct is_usually_suspending;
template <> struct is_usually_suspending<delay_awaiter> : std::true_type {};

class TimerQueue {
public:
  using clock = std::chrono::steady_clock;
  using duration = clock::duration;
  using time_point = clock::time_point;

  struct manual_time_t {
    explicit manual_time_t() = default;
  };
  // Selects manual time: now() starts at the clock's epoch and moves only
  // with advance().
  static constexpr manual_time_t manual_time{};

  // Real time, with a timer thread.
  TimerQueue();
  explicit TimerQueue(manual_time_t);
  TimerQueue(const TimerQueue &) = delete;
  TimerQueue &operator=(const TimerQueue &) = delete;
  ~TimerQueue();

  time_point now() const;

  delay_awaiter delay(duration d, CancellationToken token = {}) {
    return delay_awaiter(*this, now() + d, std::move(token));
  }
  delay_awaiter delay_until(time_point deadline, CancellationToken token = {}) {
    return delay_awaiter(*this, deadline, std::move(token));
  }

  // Manual time only: moves now() forward by `d`, firing every delay that
  // falls due, earliest first, each with now() at its deadline. A delay that
  // a fired task starts inline and that falls due within `d` fires too.
  void advance(duration d);

  // Delays waiting now.
  std::size_t pending() const;

private:
  friend class delay_awaiter;

  void run_timer_thread();
  // Under mutex_: the heap of waiting delays, earliest deadline first.
  void heap_push(delay_awaiter &delay);
  void heap_remove(delay_awaiter &delay) noexcept;
  void sift_up(std::size_t index) noexcept;
  void sift_down(std::size_t index) noexcept;
  bool earlier(std::size_t a, std::size_t b) const noexcept;
  void place(std::size_t index, delay_awaiter *delay) noexcept;
  // Under mutex_: takes the earliest delay if it is due at `at`.
  detail::pending_wake take_due(time_point at);

  mutable std::mutex mutex_;
  std::condition_variable changed_; // the earliest deadline, or stopping_
  std::vector<delay_awaiter *> heap_;
  std::uint64_t next_sequence_ = 0;
  const bool manual_;
  time_point manual_now_{};
  bool stopping_ = false;
  std::thread thread_;
};

// Ticks every `period` on a TimerQueue, without drift: tick k is due at
// start + k * period, whenever the previous one was awaited. A tick that is
// due already (the task was busy) completes at once; ticks are never
// skipped. .NET's PeriodicTimer, Go's time.Ticker.
//
//   asl::PeriodicTimer every_second(timers, std::chrono::seconds(1));
//   while (true) { co_await every_second.next_tick(stop); poll(); }
//
// Lifetime: must outlive its pending tick. Thread-safety: one task at a time
// awaits next_tick().
class PeriodicTimer {
public:
  PeriodicTimer(TimerQueue &queue, TimerQueue::duration period)
      : queue_(&queue), period_(period), next_(queue.now()) {}

  delay_awaiter next_tick(CancellationToken token = {}) {
    next_ += period_;
    return queue_->delay_until(next_, std::move(token));
  }

private:
  TimerQueue *queue_;
  TimerQueue::duration period_;
  TimerQueue::time_point next_;
};

} // namespace asl
