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

  ASL_ASYNC asl::Task<int> read(Clock &clock) {
    co_await clock.sleep(period_);
    int value = script_[next_ % script_.size()];
    ++next_;
    co_return value;
  }
  const std::string &name() const { return name_; }

private:
  std::string name_;
  int period_;
  std::vector<int> script_;
  std::size_t next_ = 0;
};

ASL_ASYNC asl::Task<int> wait_until_stable(Clock &clock, Sensor &sensor,
                                           int tolerance) {
  do {
    co_await clock.sleep(5);
  } while (clock.now() < 12);

  int previous = -1;
  int stable = 0;
  do {
    int reading = co_await sensor.read(clock);
    std::cout << "[t=" << clock.now() << "] " << sensor.name() << " reads "
              << reading << "\n";
    if (reading < 0)
      continue;
    if (reading > 90) {
      std::cout << "[t=" << clock.now() << "] " << sensor.name() << " alarm\n";
      co_return -reading;
    }
    stable = std::abs(reading - previous) <= tolerance ? stable + 1 : 0;
    previous = reading;
  } while (stable < 2);
  co_return previous;
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
