// A realistic C#-style service: retry with backoff around a flaky remote
// call, a circuit breaker state machine, a cache in front, cancellation
// after a budget; mixes try/catch in loops, awaits in conditions, early
// returns from inside loops with RAII guards, and a suspended caller.
#include <asl/task.h>

#include <cstdio>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

struct Clock {
  int now = 0;
  std::vector<std::pair<int, asl::Event *>> sleepers;
};

struct Sleep {
  Clock &clock;
  int until;
  asl::Event done;
  Sleep(Clock &c, int ms) : clock(c), until(c.now + ms) {}
};

// The state machine of sleep_for(), line 26. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct sleep_for_machine {
  sleep_for_machine(Clock &clock, int &ms) : clock(clock), ms(std::move(ms)) {}
  ~sleep_for_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'wake' may be kept
  // (line 28).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  Clock &clock;
  union {
    asl::Event wake;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int ms;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<void> sleep_for(Clock &clock, int ms) {
  return asl::start<sleep_for_machine>(clock, ms);
}

inline void sleep_for_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(wake)) asl::Event;

      clock.sleepers.push_back({clock.now + ms, &wake});
      // co_await wake (line 29)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(wake));
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
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

struct Remote {
  int calls = 0;
  asl::Event *reply = nullptr;
};

class Timeout : public std::runtime_error {
public:
  explicit Timeout(int n) : std::runtime_error("timeout #" + std::to_string(n)) {}
};

// The state machine of remote_get(), line 42. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct remote_get_machine {
  remote_get_machine(Clock &clock, Remote &remote, std::string &key)
      : key(std::move(key)), clock(clock), remote(remote) {}
  ~remote_get_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'key' may be kept
  // (line 47).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::string key;
  Clock &clock;
  Remote &remote;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  int n;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<std::string> remote_get(Clock &clock, Remote &remote,
                                            std::string key) {
  return asl::start<remote_get_machine>(clock, remote, key);
}

inline void remote_get_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      n = ++remote.calls;

      // co_await sleep_for(clock, 5) (line 44)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<void>{sleep_for(clock, 5)};
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

      if (n % 3 != 0)
        throw Timeout(n);
      builder_.set_result("value-of-" + key);
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

struct Scope {
  std::string what;
  explicit Scope(std::string w) : what(std::move(w)) { std::printf("  enter %s\n", what.c_str()); }
  ~Scope() { std::printf("  leave %s\n", what.c_str()); }
};

enum class Breaker { Closed, Open, HalfOpen };
const char *name(Breaker b) {
  switch (b) {
  case Breaker::Closed: return "closed";
  case Breaker::Open: return "open";
  case Breaker::HalfOpen: return "half-open";
  }
  return "?";
}

class Client {
public:
  Client(Clock &c, Remote &r) : clock_(c), remote_(r) {}

  struct get_machine;
  ASL_ASYNC asl::Task<std::optional<std::string>> get(std::string key,
                                                      int max_attempts);

private:
  Clock &clock_;
  Remote &remote_;
  Breaker breaker_ = Breaker::Closed;
  int failures_ = 0;
  std::map<std::string, std::string> cache_;
};

// The state machine of Client::get(), line 70. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Client::get_machine {
  get_machine(Client *this_, std::string &key, int &max_attempts)
      : key(std::move(key)), this_(this_),
        max_attempts(std::move(max_attempts)) {}
  ~get_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'key' may be kept
  // (line 71).
  static constexpr bool relocatable = false;

  asl::task_builder<std::optional<std::string>> builder_;
  std::string key;
  Client *this_;
  union {
    Scope s;
  };
  union {
    Scope a;
  };
  union {
    std::string v;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<std::string> awaiter1_;
    asl::task_awaiter<void> awaiter2_;
  };
  int max_attempts;
  int delay;
  int attempt;
  int state_ = -1;
  bool s_live_ = false;
  bool a_live_ = false;
  bool v_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(v, v_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(a, a_live_);
    asl::destroy(s, s_live_);
  }

  void move_next();
};

inline asl::Task<std::optional<std::string>> Client::get(std::string key,
                                                         int max_attempts) {
  return asl::start<get_machine>(this, key, max_attempts);
}

inline void Client::get_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto try0_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      ::new (asl::place(s)) Scope("get " + key);
      s_live_ = true;

      if (auto it = this_->cache_.find(key); it != this_->cache_.end()) {
        builder_.set_result(it->second);
        asl::destroy(s, s_live_);
        unwind_.release();
        goto finish_;
      }

      delay = 1;

      for (attempt = 1; attempt <= max_attempts; ++attempt) {
        ::new (asl::place(a)) Scope("attempt " + std::to_string(attempt));
        a_live_ = true;

        if (this_->breaker_ == Breaker::Open) {
          // co_await sleep_for(clock_, 20) (line 78)
          ::new (asl::place(awaiter0_))
              asl::task_awaiter<void>{sleep_for(this_->clock_, 20)};
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
          awaiter0_.await_resume();
          asl::destroy(awaiter0_, awaiter0_live_);

          this_->breaker_ = Breaker::HalfOpen;
          std::printf("  breaker %s\n", name(this_->breaker_));
        }
      try0_:
        try {
          asl::try_unwind_guard unwind_try_(unwind_, [&] {
            asl::destroy(awaiter1_, awaiter1_live_);
            asl::destroy(v, v_live_);
          });
          switch (state_) {
          case 1:
            goto resume1_;
          default:
            break;
          }

          // co_await remote_get(clock_, remote_, key) (line 83)
          ::new (asl::place(awaiter1_)) asl::task_awaiter<std::string>{
              remote_get(this_->clock_, this_->remote_, key)};
          awaiter1_live_ = true;
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            unwind_.release();
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          ::new (asl::place(v)) std::string(awaiter1_.await_resume());
          v_live_ = true;
          asl::destroy(awaiter1_, awaiter1_live_);

          this_->breaker_ = Breaker::Closed;
          this_->cache_[key] = v;
          builder_.set_result(std::move(v));
          asl::destroy(v, v_live_);
          asl::destroy(a, a_live_);
          asl::destroy(s, s_live_);
          unwind_.release();
          goto finish_;

        } catch (const Timeout &t) {
          std::printf("  %s at t=%d\n", t.what(), this_->clock_.now);
          if (++this_->failures_ >= 2) {
            this_->breaker_ = Breaker::Open;
            this_->failures_ = 0;
            std::printf("  breaker %s\n", name(this_->breaker_));
          }
        }
        // co_await sleep_for(clock_, delay) (line 95)
        ::new (asl::place(awaiter2_))
            asl::task_awaiter<void>{sleep_for(this_->clock_, delay)};
        awaiter2_live_ = true;
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          unwind_.release();
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter2_.await_resume();
        asl::destroy(awaiter2_, awaiter2_live_);

        delay *= 2;
        asl::destroy(a, a_live_);
      }
      builder_.set_result(std::nullopt);
      asl::destroy(s, s_live_);
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

// The state machine of session(), line 109. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct session_machine {
  explicit session_machine(Client &client) : client(client) {}
  ~session_machine() { destroy_live(); }

  // Built in its heap box from the start: the range-for at line 111 iterates an
  // object the machine holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Client &client;
  union {
    const char *range_[4];
  };
  const char *const *begin_;
  const char *const *end_;
  const char *k;
  union {
    asl::task_awaiter<std::optional<std::string>> awaiter0_;
  };
  int found;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> session(Client &client) {
  return asl::start<session_machine>(client);
}

inline void session_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      found = 0;

      {
        ::new (asl::place(range_))
            const char *[4]{"alpha", "beta", "alpha", "gamma"};
        begin_ = range_;
        end_ = range_ + 4;
        for (; begin_ != end_; ++begin_) {
          k = *begin_;
          {
            {
              // co_await client.get(k, 3) (line 112)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<std::optional<std::string>>{
                      client.get(k, 3)};
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
              std::optional<std::string> v = awaiter0_.await_resume();
              asl::destroy(awaiter0_, awaiter0_live_);
              if (v)
                std::printf("  %s -> %s\n", k, v->c_str()), ++found;
              else
                std::printf("  %s -> (none)\n", k);
            }
          }
        }
      }

      builder_.set_result(std::move(found));
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
  Clock clock;
  Remote remote;
  Client client(clock, remote);
  asl::Task<int> t = session(client);
  while (!t.is_ready()) {
    ++clock.now;
    auto sleepers = std::move(clock.sleepers);
    clock.sleepers.clear();
    for (auto &[until, ev] : sleepers) {
      if (until <= clock.now)
        ev->set();
      else
        clock.sleepers.push_back({until, ev});
    }
  }
  std::printf("found %d at t=%d calls=%d\n", asl::sync_wait(std::move(t)), clock.now, remote.calls);
}
