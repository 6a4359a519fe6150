// An elevator simulation in manual time: requests arrive on a channel,
// the car moves floor by floor with timer delays, doors open with an
// RAII door object, and the controller picks the nearest request in the
// current direction.
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

struct Request {
  int floor;
  std::string who;
};

class Door {
  int floor_;

public:
  explicit Door(int f) : floor_(f) {
    std::printf("  doors open at %d\n", floor_);
  }
  ~Door() { std::printf("  doors close at %d\n", floor_); }
};

class Car {
  asl::TimerQueue &t_;
  int floor_ = 0;
  int dir_ = 1;
  std::vector<Request> pending_;

public:
  explicit Car(asl::TimerQueue &t) : t_(t) {}
  ASL_ASYNC asl::Task<int> run(asl::Channel<Request> &calls) {
    int served = 0;
    bool open = true;
    while (open || !pending_.empty()) {
      while (auto r = calls.try_receive())
        pending_.push_back(*r);
      if (pending_.empty()) {
        std::optional<Request> r = co_await calls.receive();
        if (!r) {
          open = false;
          continue;
        }
        pending_.push_back(std::move(*r));
      }
      auto pick = std::min_element(pending_.begin(), pending_.end(),
                                   [&](const Request &a, const Request &b) {
                                     auto score = [&](const Request &r) {
                                       int d = (r.floor - floor_) * dir_;
                                       return d >= 0 ? d : 100 - d;
                                     };
                                     return score(a) < score(b);
                                   });
      Request target = *pick;
      pending_.erase(pick);
      if (target.floor != floor_)
        dir_ = target.floor > floor_ ? 1 : -1;
      while (floor_ != target.floor) {
        co_await t_.delay(3ms);
        floor_ += dir_;
      }
      {
        Door d(floor_);
        std::printf("  %s served at %d\n", target.who.c_str(), floor_);
        ++served;
        co_await t_.delay(2ms);
      }
    }
    co_return served;
  }
};

ASL_ASYNC asl::Task<void> callers(asl::TimerQueue &t,
                                  asl::Channel<Request> &calls) {
  co_await calls.send({5, "ann"});
  co_await t.delay(4ms);
  co_await calls.send({2, "bob"});
  co_await calls.send({7, "cy"});
  co_await t.delay(30ms);
  co_await calls.send({0, "di"});
  co_await calls.send({6, "ed"});
  calls.close();
}

int main() {
  asl::TimerQueue t(asl::TimerQueue::manual_time);
  asl::Channel<Request> calls(asl::Channel<Request>::unbounded);
  Car car(t);
  auto c = car.run(calls);
  auto p = callers(t, calls);
  for (int i = 0; i < 500 && !c.is_ready(); ++i)
    t.advance(1ms);
  asl::sync_wait(std::move(p));
  std::printf("served %d\n", asl::sync_wait(std::move(c)));
}
