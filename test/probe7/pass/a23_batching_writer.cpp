// A batching writer: callers append records and await their flush; a flusher
// task collects up to N records or until a timer tick, writes a batch, and
// completes each caller's per-batch Event; shutdown flushes the remainder.
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

class BatchWriter {
  struct Batch {
    std::vector<std::string> records;
    asl::Event flushed;
    int number = 0;
  };
  asl::TimerQueue &timers_;
  std::size_t max_;
  std::shared_ptr<Batch> open_ = std::make_shared<Batch>();
  asl::Event wake_;
  bool closing_ = false;
  int batches_ = 0;

public:
  std::vector<std::string> disk;
  BatchWriter(asl::TimerQueue &t, std::size_t max) : timers_(t), max_(max) {}

  ASL_ASYNC asl::Task<int> append(std::string rec) {
    std::shared_ptr<Batch> mine = open_;
    mine->records.push_back(std::move(rec));
    if (mine->records.size() >= max_)
      wake_.set();
    co_await mine->flushed;
    co_return mine->number;
  }
  void close() {
    closing_ = true;
    wake_.set();
  }
  ASL_ASYNC static asl::Task<void> ticker(asl::TimerQueue &t,
                                          asl::Event &wake) {
    co_await t.delay(10ms);
    wake.set();
  }
  ASL_ASYNC asl::Task<void> flusher() {
    for (;;) {
      auto tick = ticker(timers_, wake_);
      co_await wake_;
      wake_.reset();
      co_await std::move(tick);
      if (!open_->records.empty()) {
        std::shared_ptr<Batch> full =
            std::exchange(open_, std::make_shared<Batch>());
        full->number = ++batches_;
        std::string line = "batch " + std::to_string(full->number) + ":";
        for (auto &r : full->records)
          line += " " + r;
        disk.push_back(line);
        full->flushed.set();
      }
      if (closing_ && open_->records.empty())
        co_return;
    }
  }
};

ASL_ASYNC asl::Task<void> producer(BatchWriter &w, asl::TimerQueue &timers,
                                   std::string name, int n, int gap) {
  for (int i = 0; i < n; ++i) {
    int b = co_await w.append(name + std::to_string(i));
    std::printf("%s%d in batch %d\n", name.c_str(), i, b);
    co_await timers.delay(std::chrono::milliseconds(gap));
  }
}

int main() {
  asl::TimerQueue timers(asl::TimerQueue::manual_time);
  BatchWriter w(timers, 3);
  auto f = w.flusher();
  auto p1 = producer(w, timers, "a", 4, 1);
  auto p2 = producer(w, timers, "b", 3, 4);
  for (int i = 0; i < 200 && !(p1.is_ready() && p2.is_ready()); ++i)
    timers.advance(1ms);
  w.close();
  for (int i = 0; i < 50 && !f.is_ready(); ++i)
    timers.advance(1ms);
  asl::sync_wait(std::move(p1));
  asl::sync_wait(std::move(p2));
  asl::sync_wait(std::move(f));
  for (auto &l : w.disk)
    std::printf("%s\n", l.c_str());
}
