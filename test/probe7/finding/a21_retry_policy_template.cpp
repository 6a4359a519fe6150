// A generic retry policy as a class template over the error type and a
// backoff strategy object; used with different task-returning callables,
// counting attempts in a struct, and a circuit breaker that opens after
// consecutive failures.
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

struct Exponential {
  int base;
  int next(int attempt) const { return base << attempt; }
};
struct Fixed {
  int ms;
  int next(int) const { return ms; }
};

struct Stats {
  int attempts = 0, failures = 0, waited = 0;
};

template <class Error, class Backoff> class Retry {
  Backoff backoff_;
  int max_;

public:
  Retry(Backoff b, int max) : backoff_(b), max_(max) {}
  template <class F>
  ASL_ASYNC asl::Task<int> operator()(F make, Stats &st) const {
    for (int attempt = 0;; ++attempt) {
      ++st.attempts;
      try {
        co_return co_await make(attempt);
      } catch (const Error &e) {
        ++st.failures;
        if (attempt + 1 >= max_)
          throw;
        st.waited += backoff_.next(attempt);
        std::printf("  retry after %s (wait %d)\n", e.what(),
                    backoff_.next(attempt));
      }
      co_await Hold{};
    }
  }
};

class Breaker {
  int consecutive_ = 0;
  int threshold_;

public:
  explicit Breaker(int t) : threshold_(t) {}
  bool open() const { return consecutive_ >= threshold_; }
  template <class F> ASL_ASYNC asl::Task<int> call(F f) {
    if (open())
      throw std::runtime_error("breaker open");
    try {
      int v = co_await f();
      consecutive_ = 0;
      co_return v;
    } catch (...) {
      ++consecutive_;
      throw;
    }
  }
};

struct Timeout : std::runtime_error {
  using std::runtime_error::runtime_error;
};

ASL_ASYNC asl::Task<int> flaky(int attempt, int succeed_at) {
  co_await Hold{};
  if (attempt < succeed_at)
    throw Timeout("timeout #" + std::to_string(attempt));
  co_return 100 + attempt;
}

ASL_ASYNC asl::Task<void> demo() {
  Stats s1, s2;
  Retry<Timeout, Exponential> r1(Exponential{10}, 4);
  Retry<std::exception, Fixed> r2(Fixed{7}, 2);
  int a = co_await r1([](int at) { return flaky(at, 2); }, s1);
  std::printf("a=%d attempts %d failures %d waited %d\n", a, s1.attempts,
              s1.failures, s1.waited);
  try {
    co_await r2([](int at) { return flaky(at, 5); }, s2);
  } catch (const Timeout &e) {
    std::printf("gave up: %s attempts %d waited %d\n", e.what(), s2.attempts,
                s2.waited);
  }
  Breaker br(2);
  for (int i = 0; i < 5; ++i) {
    try {
      int v = co_await br.call(
          [i]() { return flaky(i % 3 == 2 ? 9 : 0, i == 0 ? 0 : 1); });
      std::printf("call %d -> %d\n", i, v);
    } catch (const std::exception &e) {
      std::printf("call %d failed: %s (open %d)\n", i, e.what(), br.open());
    }
  }
}

int main() {
  auto t = demo();
  pump();
  asl::sync_wait(std::move(t));
}
