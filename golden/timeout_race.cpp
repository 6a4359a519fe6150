// Checks timeouts and races on a manual-time asl::TimerQueue: when_any picks
// the first task to end, the caller cancels the loser through a
// CancellationSource so it ends at once, and a shutdown cancelled from main
// ends a delay that would otherwise fire later.
#include <asl/cancellation.h>
#include <asl/task.h>
#include <asl/timer_queue.h>
#include <asl/when_any.h>

#include <chrono>
#include <iostream>
#include <variant>

using std::chrono::milliseconds;

long now_ms(asl::TimerQueue &timers) {
  return std::chrono::duration_cast<milliseconds>(
             timers.now().time_since_epoch())
      .count();
}

// The state machine of fetch(), line 22. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct fetch_machine {
  fetch_machine(asl::TimerQueue &timers, const char *&server, int &latency,
                asl::CancellationToken &stop)
      : stop(std::move(stop)), timers(timers), server(std::move(server)),
        latency(std::move(latency)) {}
  ~fetch_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'latency' may be kept
  // (line 25).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::CancellationToken stop;
  asl::TimerQueue &timers;
  const char *server;
  union {
    std::chrono::milliseconds temporary0_;
  };
  union {
    asl::delay_awaiter awaiter0_;
  };
  int latency;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> fetch(asl::TimerQueue &timers, const char *server,
                               int latency, asl::CancellationToken stop) {
  return asl::start<fetch_machine>(timers, server, latency, stop);
}

inline void fetch_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(temporary0_))
            std::chrono::milliseconds(milliseconds(latency));
        // co_await timers.delay(milliseconds(latency), stop) (line 25)
        ::new (asl::place(awaiter0_))
            asl::delay_awaiter(timers.delay(temporary0_, stop));
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

      } catch (const asl::operation_cancelled &) {
        asl::destroy(awaiter0_, awaiter0_live_);

        std::cout << "  " << server << " cancelled at " << now_ms(timers)
                  << "\n";
        builder_.set_result(-1);
        goto finish_;
      }
      std::cout << "  " << server << " answered at " << now_ms(timers) << "\n";
      builder_.set_result(std::move(latency));
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of deadline(), line 34. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct deadline_machine {
  deadline_machine(asl::TimerQueue &timers, int &limit,
                   asl::CancellationToken &stop)
      : stop(std::move(stop)), timers(timers), limit(std::move(limit)) {}
  ~deadline_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'limit' may be kept
  // (line 36).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::CancellationToken stop;
  asl::TimerQueue &timers;
  union {
    std::chrono::milliseconds temporary0_;
  };
  union {
    asl::delay_awaiter awaiter0_;
  };
  int limit;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> deadline(asl::TimerQueue &timers, int limit,
                                  asl::CancellationToken stop) {
  return asl::start<deadline_machine>(timers, limit, stop);
}

inline void deadline_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_))
          std::chrono::milliseconds(milliseconds(limit));
      // co_await timers.delay(milliseconds(limit), stop) (line 36)
      ::new (asl::place(awaiter0_))
          asl::delay_awaiter(timers.delay(temporary0_, stop));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(std::move(limit));
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of with_timeout(), line 40. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct with_timeout_machine {
  with_timeout_machine(asl::TimerQueue &timers, const char *&server,
                       int &latency, int &limit)
      : timers(timers), server(std::move(server)), latency(std::move(latency)),
        limit(std::move(limit)) {}
  ~with_timeout_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'stop' may be kept
  // (line 44).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::TimerQueue &timers;
  const char *server;
  union {
    asl::CancellationSource stop;
  };
  union {
    asl::Task<int> work;
  };
  union {
    asl::Task<int> timer;
  };
  union {
    asl::task_awaiter<std::variant<int, int>> awaiter0_;
  };
  int latency;
  int limit;
  int state_ = -1;
  bool stop_live_ = false;
  bool work_live_ = false;
  bool timer_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(timer, timer_live_);
    asl::destroy(work, work_live_);
    asl::destroy(stop, stop_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> with_timeout(asl::TimerQueue &timers,
                                      const char *server, int latency,
                                      int limit) {
  return asl::start<with_timeout_machine>(timers, server, latency, limit);
}

inline void with_timeout_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(stop)) asl::CancellationSource;
      stop_live_ = true;

      ::new (asl::place(work))
          asl::Task<int>(fetch(timers, server, latency, stop.token()));
      work_live_ = true;

      ::new (asl::place(timer))
          asl::Task<int>(deadline(timers, limit, stop.token()));
      timer_live_ = true;

      // co_await asl::when_any(std::move(work), std::move(timer)) (line 46)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<std::variant<int, int>>{
          asl::when_any(std::move(work), std::move(timer))};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      auto first = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      stop.cancel(); // the loser ends now instead of at its deadline
      if (first.index() == 1) {
        std::cout << server << " timed out at " << now_ms(timers) << "\n";
        builder_.set_result(-1);
        asl::destroy(timer, timer_live_);
        asl::destroy(work, work_live_);
        asl::destroy(stop, stop_live_);
        unwind_.release();
        goto finish_;
      }
      std::cout << server << " in time: " << std::get<0>(first) << "\n";
      builder_.set_result(std::get<0>(first));
      asl::destroy(timer, timer_live_);
      asl::destroy(work, work_live_);
      asl::destroy(stop, stop_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of race(), line 56. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct race_machine {
  race_machine(asl::TimerQueue &timers, asl::CancellationToken &shutdown)
      : shutdown(std::move(shutdown)), timers(timers) {}
  ~race_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'primary' may be kept
  // (line 60).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::CancellationToken shutdown;
  asl::TimerQueue &timers;
  union {
    asl::Task<int> primary;
  };
  union {
    asl::Task<int> mirror;
  };
  union {
    asl::task_awaiter<std::variant<int, int>> awaiter0_;
  };
  int state_ = -1;
  bool primary_live_ = false;
  bool mirror_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(mirror, mirror_live_);
    asl::destroy(primary, primary_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> race(asl::TimerQueue &timers,
                              asl::CancellationToken shutdown) {
  return asl::start<race_machine>(timers, shutdown);
}

inline void race_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(primary))
          asl::Task<int>(fetch(timers, "primary", 70, shutdown));
      primary_live_ = true;

      ::new (asl::place(mirror))
          asl::Task<int>(fetch(timers, "mirror", 90, shutdown));
      mirror_live_ = true;

      // co_await at line 60
      ::new (asl::place(awaiter0_)) asl::task_awaiter<std::variant<int, int>>{
          asl::when_any(std::move(primary), std::move(mirror))};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      auto first = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::cout << "race won by " << (first.index() == 0 ? "primary" : "mirror")
                << " with " << std::get<0>(first) << "\n";
      builder_.set_result(static_cast<int>(first.index()));
      asl::destroy(mirror, mirror_live_);
      asl::destroy(primary, primary_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  asl::TimerQueue timers(asl::TimerQueue::manual_time);
  asl::CancellationSource shutdown;
  asl::Task<int> quick = with_timeout(timers, "cache", 20, 50);
  asl::Task<int> slow = with_timeout(timers, "disk", 80, 50);
  asl::Task<int> winner = race(timers, shutdown.token());
  for (int step = 1; step <= 4; ++step) {
    timers.advance(milliseconds(20));
    std::cout << "t=" << now_ms(timers) << " pending " << timers.pending()
              << "\n";
  }
  std::cout << "shutdown\n";
  shutdown.cancel();
  std::cout << "pending " << timers.pending() << "\n";
  int a = asl::sync_wait(std::move(quick));
  int b = asl::sync_wait(std::move(slow));
  int c = asl::sync_wait(std::move(winner));
  std::cout << "results " << a << " " << b << " " << c << "\n";
}
