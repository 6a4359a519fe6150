// Retry with exponential backoff on a manual-time TimerQueue: delay awaits in
// a loop, time printed, a struct holding policy with const members.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

#include <asl/timer_queue.h>
#include <chrono>
using namespace std::chrono_literals;
struct Policy {
  const int max_tries;
  const std::chrono::milliseconds base;
};

ASL_ASYNC asl::Task<int> attempt(int i) {
  co_await Gate{};
  if (i < 3)
    throw std::runtime_error("busy " + std::to_string(i));
  co_return 200;
}

ASL_ASYNC asl::Task<int> fetch(asl::TimerQueue &timers, const Policy p) {
  auto delay = p.base;
  for (int i = 0; i < p.max_tries; ++i) {
    R r("try" + std::to_string(i));
    try {
      co_return co_await attempt(i);
    } catch (const std::runtime_error &e) {
      std::printf("%s; wait %lldms\n", e.what(),
                  static_cast<long long>(delay.count()));
    }
    co_await timers.delay(delay);
    std::printf("woke at %lld\n",
                static_cast<long long>(
                    std::chrono::duration_cast<std::chrono::milliseconds>(
                        timers.now().time_since_epoch())
                        .count()));
    delay *= 2;
  }
  co_return -1;
}

int main() {
  asl::TimerQueue timers(asl::TimerQueue::manual_time);
  auto t = fetch(timers, Policy{5, 10ms});
  for (int i = 0; i < 10 && !t.is_ready(); ++i) {
    drain();
    timers.advance(25ms);
  }
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
