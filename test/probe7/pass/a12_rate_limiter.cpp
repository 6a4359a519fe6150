// A token-bucket rate limiter in manual time: clients await permits; the
// bucket refills on a PeriodicTimer; a client gives up when its cancellation
// source fires (a deadline task cancels it).
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>
#include <asl/channel.h>
#include <asl/mutex.h>
#include <asl/thread_pool.h>
#include <asl/timer_queue.h>
#include <asl/cancellation.h>

#include <algorithm>
#include <any>
#include <array>
#include <bitset>
#include <chrono>
#include <complex>
#include <iostream>
#include <list>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <queue>
#include <numeric>
#include <cctype>
#include <mutex>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// T prints its life; a moved-from T is silent, so extra moves do not show.
struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  T(const T &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  T &operator=(const T &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  T &operator=(T &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~T() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Hold suspends; pump() resumes the suspended tasks in order.
static std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void pump() {
  while (!parked.empty()) {
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> num(const char *tag, int v) {
  std::printf("num %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::string> text(std::string v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<bool> yes(const char *tag, bool v) {
  std::printf("yes %s\n", tag);
  co_await Hold{};
  co_return v;
}

using namespace std::chrono_literals;

class Bucket {
  asl::TimerQueue &timers_;
  int tokens_;
  int cap_;
  asl::Event changed_;

public:
  Bucket(asl::TimerQueue &t, int cap) : timers_(t), tokens_(cap), cap_(cap) {}
  ASL_ASYNC asl::Task<void> refill(int ticks) {
    asl::PeriodicTimer tick(timers_, 10ms);
    for (int i = 0; i < ticks; ++i) {
      co_await tick.next_tick();
      if (tokens_ < cap_)
        ++tokens_;
      changed_.set();
    }
  }
  ASL_ASYNC asl::Task<bool> acquire(asl::CancellationToken tok) {
    while (tokens_ == 0) {
      changed_.reset();
      try {
        co_await changed_.wait(tok);
      } catch (const asl::operation_cancelled &) {
        co_return false;
      }
    }
    --tokens_;
    co_return true;
  }
};

ASL_ASYNC asl::Task<int> client(asl::TimerQueue &timers, Bucket &b,
                                std::string name, int want,
                                std::chrono::milliseconds patience) {
  asl::CancellationSource src;
  auto cancel_after = [](asl::TimerQueue &t, asl::CancellationSource &s,
                         std::chrono::milliseconds p) -> asl::Task<void> {
    co_await t.delay(p);
    s.cancel();
  };
  auto deadline = cancel_after(timers, src, patience);
  int got = 0;
  for (int i = 0; i < want; ++i) {
    if (!co_await b.acquire(src.token())) {
      std::printf("%s gave up after %d\n", name.c_str(), got);
      break;
    }
    ++got;
    std::printf("%s permit %d at %lld\n", name.c_str(), got,
                static_cast<long long>(
                    std::chrono::duration_cast<std::chrono::milliseconds>(
                        timers.now().time_since_epoch())
                        .count() %
                    100000));
  }
  co_await std::move(deadline);
  co_return got;
}

int main() {
  asl::TimerQueue timers(asl::TimerQueue::manual_time);
  auto start = timers.now();
  (void)start;
  Bucket b(timers, 2);
  auto r = b.refill(8);
  auto c1 = client(timers, b, "fast", 5, 1000ms);
  auto c2 = client(timers, b, "impatient", 5, 25ms);
  for (int i = 0; i < 200; ++i)
    timers.advance(1ms);
  std::printf("fast %d impatient %d\n", asl::sync_wait(std::move(c1)),
              asl::sync_wait(std::move(c2)));
  asl::sync_wait(std::move(r));
}
