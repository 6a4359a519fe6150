// A job scheduler over the thread pool: jobs with dependencies run on
// workers; each job awaits the Events of its prerequisites, computes on a
// worker, and records its result; main prints in a fixed order.
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

struct Job {
  std::string name;
  std::vector<int> deps;
  int cost;
};

struct Scheduler {
  asl::ThreadPool &pool;
  std::vector<Job> jobs;
  std::vector<std::unique_ptr<asl::Event>> done;
  std::vector<long> results;
  std::vector<int> order_seen;
  std::mutex m;

  ASL_ASYNC asl::Task<long> run_one(int i) {
    for (int d : jobs[i].deps)
      co_await *done[d];
    co_await pool.schedule();
    long acc = jobs[i].cost;
    for (int d : jobs[i].deps)
      acc += results[d];
    for (int k = 0; k < 1000; ++k)
      acc = (acc * 31 + k) % 1000003;
    results[i] = acc;
    {
      std::lock_guard<std::mutex> lock(m);
      order_seen.push_back(i);
    }
    done[i]->set();
    co_return acc;
  }

  ASL_ASYNC asl::Task<long> run_all() {
    for (std::size_t i = 0; i < jobs.size(); ++i)
      done.push_back(std::make_unique<asl::Event>());
    results.assign(jobs.size(), 0);
    std::vector<asl::Task<long>> tasks;
    for (int i = static_cast<int>(jobs.size()) - 1; i >= 0; --i)
      tasks.push_back(run_one(i));
    std::vector<long> all = co_await asl::when_all(std::move(tasks));
    long total = 0;
    for (long v : all)
      total += v;
    co_return total;
  }
};

int main() {
  for (unsigned workers : {1u, 3u}) {
    asl::ThreadPool pool(workers);
    Scheduler s{pool,
                {{"fetch", {}, 3},
                 {"parse", {0}, 5},
                 {"index", {1}, 7},
                 {"thumbs", {0}, 11},
                 {"publish", {2, 3}, 13}},
                {},
                {},
                {},
                {}};
    long total = asl::sync_wait(s.run_all());
    std::printf("workers %u total %ld\n", workers, total);
    for (std::size_t i = 0; i < s.jobs.size(); ++i)
      std::printf("  %s = %ld\n", s.jobs[i].name.c_str(), s.results[i]);
    auto pos = [&](int j) {
      return std::find(s.order_seen.begin(), s.order_seen.end(), j) -
             s.order_seen.begin();
    };
    std::printf("  order ok: %d\n", pos(0) < pos(1) && pos(1) < pos(2) &&
                                        pos(0) < pos(3) && pos(2) < pos(4) &&
                                        pos(3) < pos(4));
  }
}
