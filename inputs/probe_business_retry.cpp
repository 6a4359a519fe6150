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

ASL_ASYNC asl::Task<void> sleep_for(Clock &clock, int ms) {
  asl::Event wake;
  clock.sleepers.push_back({clock.now + ms, &wake});
  co_await wake;
}

struct Remote {
  int calls = 0;
  asl::Event *reply = nullptr;
};

class Timeout : public std::runtime_error {
public:
  explicit Timeout(int n) : std::runtime_error("timeout #" + std::to_string(n)) {}
};

ASL_ASYNC asl::Task<std::string> remote_get(Clock &clock, Remote &remote, std::string key) {
  int n = ++remote.calls;
  co_await sleep_for(clock, 5);
  if (n % 3 != 0)
    throw Timeout(n);
  co_return "value-of-" + key;
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

  ASL_ASYNC asl::Task<std::optional<std::string>> get(std::string key, int max_attempts) {
    Scope s("get " + key);
    if (auto it = cache_.find(key); it != cache_.end())
      co_return it->second;
    int delay = 1;
    for (int attempt = 1; attempt <= max_attempts; ++attempt) {
      Scope a("attempt " + std::to_string(attempt));
      if (breaker_ == Breaker::Open) {
        co_await sleep_for(clock_, 20);
        breaker_ = Breaker::HalfOpen;
        std::printf("  breaker %s\n", name(breaker_));
      }
      try {
        std::string v = co_await remote_get(clock_, remote_, key);
        breaker_ = Breaker::Closed;
        cache_[key] = v;
        co_return v;
      } catch (const Timeout &t) {
        std::printf("  %s at t=%d\n", t.what(), clock_.now);
        if (++failures_ >= 2) {
          breaker_ = Breaker::Open;
          failures_ = 0;
          std::printf("  breaker %s\n", name(breaker_));
        }
      }
      co_await sleep_for(clock_, delay);
      delay *= 2;
    }
    co_return std::nullopt;
  }

private:
  Clock &clock_;
  Remote &remote_;
  Breaker breaker_ = Breaker::Closed;
  int failures_ = 0;
  std::map<std::string, std::string> cache_;
};

ASL_ASYNC asl::Task<int> session(Client &client) {
  int found = 0;
  for (const char *k : {"alpha", "beta", "alpha", "gamma"}) {
    if (std::optional<std::string> v = co_await client.get(k, 3))
      std::printf("  %s -> %s\n", k, v->c_str()), ++found;
    else
      std::printf("  %s -> (none)\n", k);
  }
  co_return found;
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
