// Checks retry with exceptions: a loop catches a transient error thrown across
// an await and retries after a growing delay, a final failure is rethrown from
// the handler, and an error of another type escapes to sync_wait untouched.
#include <asl/task.h>

#include <functional>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>

// A virtual clock: sleeps complete in due order, ties in the order requested.
class Clock {
public:
  struct Sleep {
    Clock *clock;
    int ms;
    bool await_ready() const { return ms <= 0; }
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

struct TransientError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct NotFound : std::logic_error {
  using std::logic_error::logic_error;
};

class FlakyService {
public:
  explicit FlakyService(Clock &clock) : clock_(clock) {}
  void fail_next(const std::string &key, int times) { failures_[key] = times; }

  ASL_ASYNC asl::Task<std::string> fetch(std::string key) {
    co_await clock_.sleep(5);
    if (key == "ghost")
      throw NotFound("no record named " + key);
    if (failures_[key] > 0) {
      --failures_[key];
      throw TransientError("timeout on " + key);
    }
    co_return key + "@v" + std::to_string(clock_.now());
  }

private:
  Clock &clock_;
  std::map<std::string, int> failures_;
};

ASL_ASYNC asl::Task<std::string> fetch_with_retry(Clock &clock,
                                                  FlakyService &service,
                                                  std::string key,
                                                  int max_attempts) {
  int delay = 10;
  for (int attempt = 1;; ++attempt) {
    try {
      std::string value = co_await service.fetch(key);
      std::cout << "[t=" << clock.now() << "] " << key << ": attempt "
                << attempt << " succeeded\n";
      co_return value;
    } catch (const TransientError &e) {
      std::cout << "[t=" << clock.now() << "] " << key << ": attempt "
                << attempt << " failed: " << e.what() << "\n";
      if (attempt == max_attempts)
        throw;
    }
    co_await clock.sleep(delay);
    delay *= 2;
  }
}

int main() {
  Clock clock;
  FlakyService service(clock);
  service.fail_next("users", 2);
  service.fail_next("orders", 5);

  asl::Task<std::string> users = fetch_with_retry(clock, service, "users", 4);
  asl::Task<std::string> stock = fetch_with_retry(clock, service, "stock", 4);
  asl::Task<std::string> orders = fetch_with_retry(clock, service, "orders", 3);
  asl::Task<std::string> ghost = fetch_with_retry(clock, service, "ghost", 3);
  clock.run();
  std::cout << "clock stopped at t=" << clock.now() << "\n";

  std::cout << "users -> " << asl::sync_wait(std::move(users)) << "\n";
  std::cout << "stock -> " << asl::sync_wait(std::move(stock)) << "\n";
  try {
    asl::sync_wait(std::move(orders));
  } catch (const TransientError &e) {
    std::cout << "orders gave up: " << e.what() << "\n";
  }
  try {
    asl::sync_wait(std::move(ghost));
  } catch (const NotFound &e) {
    std::cout << "ghost failed without retry: " << e.what() << "\n";
  }
}
