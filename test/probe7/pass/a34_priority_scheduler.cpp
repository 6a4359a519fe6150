// A cooperative scheduler with priorities: tasks yield through an awaiter
// that parks them in a priority queue (ties by arrival); the scheduler
// resumes the highest priority first; tasks change their priority between
// yields; a task that throws is reported and the others go on.
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

struct Sched;
struct Parked {
  int prio;
  long seq;
  std::function<void()> resume;
};
struct ByPrio {
  bool operator()(const Parked &a, const Parked &b) const {
    return a.prio != b.prio ? a.prio < b.prio : a.seq > b.seq;
  }
};

struct Sched {
  std::priority_queue<Parked, std::vector<Parked>, ByPrio> q;
  long seq = 0;
  struct YieldAwaiter {
    Sched &s;
    int prio;
    bool await_ready() const noexcept { return false; }
    template <class H> void await_suspend(H h) {
      s.q.push(Parked{prio, s.seq++, [h] { h.resume(); }});
    }
    void await_resume() const noexcept {}
  };
  YieldAwaiter yield(int prio) { return YieldAwaiter{*this, prio}; }
  void run() {
    while (!q.empty()) {
      Parked p = q.top();
      q.pop();
      p.resume();
    }
  }
};

std::string trace;

ASL_ASYNC asl::Task<int> worker(Sched &s, char name, std::vector<int> prios) {
  int steps = 0;
  for (int p : prios) {
    co_await s.yield(p);
    trace += name;
    ++steps;
    if (p < 0)
      throw std::runtime_error(std::string(1, name) + " hit negative priority");
  }
  co_return steps;
}

ASL_ASYNC asl::Task<std::string> supervisor(Sched &s) {
  std::vector<std::pair<char, asl::Task<int>>> ts;
  ts.emplace_back('a', worker(s, 'a', {1, 1, 1, 5}));
  ts.emplace_back('b', worker(s, 'b', {3, 3, 0, 0}));
  ts.emplace_back('c', worker(s, 'c', {2, -1, 9}));
  ts.emplace_back('d', worker(s, 'd', {3, 2, 2}));
  std::string summary;
  for (auto &[n, t] : ts) {
    try {
      summary +=
          std::string(1, n) + "=" + std::to_string(co_await std::move(t)) + " ";
    } catch (const std::exception &e) {
      summary += std::string(1, n) + "!(" + e.what() + ") ";
    }
  }
  co_return summary;
}

int main() {
  Sched s;
  auto t = supervisor(s);
  s.run();
  std::printf("%s\n%s\n", trace.c_str(), asl::sync_wait(std::move(t)).c_str());
}
