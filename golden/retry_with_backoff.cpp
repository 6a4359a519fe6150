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

  struct fetch_machine;
  ASL_ASYNC asl::Task<std::string> fetch(std::string key);

private:
  Clock &clock_;
  std::map<std::string, int> failures_;
};

// The state machine of FlakyService::fetch(), line 57. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct FlakyService::fetch_machine {
  fetch_machine(FlakyService *this_, std::string &key)
      : key(std::move(key)), this_(this_) {}
  ~fetch_machine() {}

  // Built in its heap box from the start: the address of 'key' may be kept
  // (line 59).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::string key;
  FlakyService *this_;
  union {
    Clock::Sleep awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<std::string> FlakyService::fetch(std::string key) {
  return asl::start<fetch_machine>(this, key);
}

inline void FlakyService::fetch_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await clock_.sleep(5) (line 58)
      ::new (asl::place(awaiter0_)) Clock::Sleep(this_->clock_.sleep(5));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      if (key == "ghost")
        throw NotFound("no record named " + key);
      if (this_->failures_[key] > 0) {
        --this_->failures_[key];
        throw TransientError("timeout on " + key);
      }
      builder_.set_result(key + "@v" + std::to_string(this_->clock_.now()));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of fetch_with_retry(), line 73. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct fetch_with_retry_machine {
  fetch_with_retry_machine(Clock &clock, FlakyService &service,
                           std::string &key, int &max_attempts)
      : key(std::move(key)), clock(clock), service(service),
        max_attempts(std::move(max_attempts)) {}
  ~fetch_with_retry_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'key' may be kept
  // (line 81).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::string key;
  Clock &clock;
  FlakyService &service;
  union {
    asl::task_awaiter<std::string> awaiter0_;
    Clock::Sleep awaiter1_;
  };
  int max_attempts;
  int delay;
  int attempt;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<std::string> fetch_with_retry(Clock &clock,
                                                  FlakyService &service,
                                                  std::string key,
                                                  int max_attempts) {
  return asl::start<fetch_with_retry_machine>(clock, service, key,
                                              max_attempts);
}

inline void fetch_with_retry_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      delay = 10;

      for (attempt = 1;; ++attempt) {
      try0_:
        try {
          asl::try_unwind_guard unwind_try_(
              unwind_, [&] { asl::destroy(awaiter0_, awaiter0_live_); });
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }

          // co_await service.fetch(key) (line 80)
          ::new (asl::place(awaiter0_))
              asl::task_awaiter<std::string>{service.fetch(key)};
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
          std::string value = awaiter0_.await_resume();
          asl::destroy(awaiter0_, awaiter0_live_);

          std::cout << "[t=" << clock.now() << "] " << key << ": attempt "
                    << attempt << " succeeded\n";
          builder_.set_result(std::move(value));
          unwind_.release();
          goto finish_;

        } catch (const TransientError &e) {
          std::cout << "[t=" << clock.now() << "] " << key << ": attempt "
                    << attempt << " failed: " << e.what() << "\n";
          if (attempt == max_attempts)
            throw;
        }
        // co_await clock.sleep(delay) (line 90)
        ::new (asl::place(awaiter1_)) Clock::Sleep(clock.sleep(delay));
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          unwind_.release();
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter1_.await_resume();

        delay *= 2;
      }
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
