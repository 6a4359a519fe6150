// Checks do-while loops with awaits in the body: one whose body is only an
// await waits out a warm-up period, and in the next continue jumps to the
// condition and an early co_return leaves from inside the loop.
#include <asl/task.h>

#include <cstdlib>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

// A virtual clock: sleeps complete in due order, ties in the order requested.
class Clock {
public:
  struct Sleep {
    Clock *clock;
    int ms;
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      clock->timers_.emplace(std::make_pair(clock->now_ + ms, clock->seq_++),
                             [h] { h.resume(); });
    }
    void await_resume() const {}
  };
  Sleep sleep(int ms) { return Sleep{this, ms}; }
  int now() const { return now_; }
  void run() {
    while (!timers_.empty()) {
      auto first = timers_.begin();
      now_ = first->first.first;
      std::function<void()> wake = std::move(first->second);
      timers_.erase(first);
      wake();
    }
  }

private:
  int now_ = 0;
  int seq_ = 0;
  std::map<std::pair<int, int>, std::function<void()>> timers_;
};

class Sensor {
public:
  Sensor(std::string name, int period, std::vector<int> script)
      : name_(std::move(name)), period_(period), script_(std::move(script)) {}

  struct read_machine;
  ASL_ASYNC asl::Task<int> read(Clock &clock);
  const std::string &name() const { return name_; }

private:
  std::string name_;
  int period_;
  std::vector<int> script_;
  std::size_t next_ = 0;
};

// The state machine of Sensor::read(), line 50. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Sensor::read_machine {
  read_machine(Sensor *this_, Clock &clock) : this_(this_), clock(clock) {}
  ~read_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Clock::Sleep> && !asl::usually_suspends<Clock::Sleep>;

  asl::task_builder<int> builder_;
  Sensor *this_;
  Clock &clock;
  union {
    Clock::Sleep awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Sensor::read(Clock &clock) {
  return asl::start<read_machine>(this, clock);
}

inline void Sensor::read_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await clock.sleep(period_) (line 51)
      ::new (asl::place(awaiter0_)) Clock::Sleep(clock.sleep(this_->period_));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      int value = this_->script_[this_->next_ % this_->script_.size()];
      ++this_->next_;
      builder_.set_result(std::move(value));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of wait_until_stable(), line 65. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct wait_until_stable_machine {
  wait_until_stable_machine(Clock &clock, Sensor &sensor, int &tolerance)
      : clock(clock), sensor(sensor), tolerance(std::move(tolerance)) {}
  ~wait_until_stable_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Clock::Sleep, asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  Clock &clock;
  Sensor &sensor;
  union {
    Clock::Sleep awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int tolerance;
  int previous;
  int stable;
  int state_ = -1;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> wait_until_stable(Clock &clock, Sensor &sensor,
                                           int tolerance) {
  return asl::start<wait_until_stable_machine>(clock, sensor, tolerance);
}

inline void wait_until_stable_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      do {
        // co_await clock.sleep(5) (line 68)
        ::new (asl::place(awaiter0_)) Clock::Sleep(clock.sleep(5));
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter0_.await_resume();

      } while (clock.now() < 12);

      previous = -1;

      stable = 0;

      do {
        // co_await sensor.read(clock) (line 74)
        ::new (asl::place(awaiter1_))
            asl::task_awaiter<int>{sensor.read(clock)};
        awaiter1_live_ = true;
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        int reading = awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);

        std::cout << "[t=" << clock.now() << "] " << sensor.name() << " reads "
                  << reading << "\n";
        if (reading < 0)
          continue;
        if (reading > 90) {
          std::cout << "[t=" << clock.now() << "] " << sensor.name()
                    << " alarm\n";
          builder_.set_result(-reading);
          goto finish_;
        }
        stable = std::abs(reading - previous) <= tolerance ? stable + 1 : 0;
        previous = reading;
      } while (stable < 2);
      builder_.set_result(std::move(previous));
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

int main() {
  Clock clock;
  Sensor boiler("boiler", 10, {40, 55, 57, -1, 58, 70});
  Sensor intake("intake", 7, {20, 35, 60, 95, 30});
  Sensor room("room", 20, {21, -1, 21, 22});

  asl::Task<int> a = wait_until_stable(clock, boiler, 3);
  asl::Task<int> b = wait_until_stable(clock, intake, 3);
  asl::Task<int> c = wait_until_stable(clock, room, 1);
  clock.run();
  std::cout << "boiler settled at " << asl::sync_wait(std::move(a)) << "\n";
  std::cout << "intake result " << asl::sync_wait(std::move(b)) << "\n";
  std::cout << "room settled at " << asl::sync_wait(std::move(c)) << "\n";
}
