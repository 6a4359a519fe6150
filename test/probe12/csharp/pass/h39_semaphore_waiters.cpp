// A SemaphoreSlim built by hand the way a C# developer writes one with
// TaskCompletionSource: a std::deque of unique_ptr<Event> waiters, a
// reference to the queued Event kept across the await, WaitAsync/Release,
// a `using var _ = await sem.EnterAsync()` RAII releaser, and workers on
// one thread whose interleaving is fixed.
#include <asl/task.h>
#include <asl/when_all.h>

#include <deque>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

class Semaphore {
public:
  explicit Semaphore(int count) : count_(count) {}
  class Releaser {
  public:
    explicit Releaser(Semaphore *s) : s_(s) {}
    Releaser(Releaser &&o) noexcept : s_(std::exchange(o.s_, nullptr)) {}
    ~Releaser() {
      if (s_)
        s_->release();
    }

  private:
    Semaphore *s_;
  };
  ASL_ASYNC asl::Task<void> wait() {
    if (count_ > 0) {
      --count_;
      co_return;
    }
    waiters_.push_back(std::make_unique<asl::Event>());
    asl::Event &mine = *waiters_.back();
    co_await mine;
  }
  ASL_ASYNC asl::Task<Releaser> enter() {
    co_await wait();
    co_return Releaser(this);
  }
  void release() {
    if (waiters_.empty()) {
      ++count_;
      return;
    }
    std::unique_ptr<asl::Event> next = std::move(waiters_.front());
    waiters_.pop_front();
    next->set();
    retired_.push_back(std::move(next));
  }

private:
  int count_;
  std::deque<std::unique_ptr<asl::Event>> waiters_;
  std::vector<std::unique_ptr<asl::Event>> retired_;
};

struct Clock {
  std::vector<std::unique_ptr<asl::Event>> ticks;
  asl::Event &at(std::size_t i) {
    while (ticks.size() <= i)
      ticks.push_back(std::make_unique<asl::Event>());
    return *ticks[i];
  }
};

ASL_ASYNC asl::Task<std::string> worker(Semaphore &sem, Clock &clock,
                                        std::vector<std::string> &log, int id,
                                        std::size_t start, std::size_t hold) {
  co_await clock.at(start);
  log.push_back("w" + std::to_string(id) + " wants");
  {
    auto held = co_await sem.enter();
    log.push_back("w" + std::to_string(id) + " in");
    co_await clock.at(start + hold);
    if (id == 3)
      throw std::runtime_error("w3 crashed inside");
    log.push_back("w" + std::to_string(id) + " out");
  }
  co_return "w" + std::to_string(id) + " ok";
}

ASL_ASYNC asl::Task<std::string> guarded(Semaphore &sem, Clock &clock,
                                         std::vector<std::string> &log, int id,
                                         std::size_t start, std::size_t hold) {
  try {
    co_return co_await worker(sem, clock, log, id, start, hold);
  } catch (const std::exception &e) {
    log.push_back(e.what());
    co_return "w" + std::to_string(id) + " failed";
  }
}

int main() {
  Semaphore sem(2);
  Clock clock;
  std::vector<std::string> log;
  std::vector<asl::Task<std::string>> ws;
  std::size_t plan[][2] = {{0, 3}, {1, 1}, {1, 4}, {2, 1}, {2, 2}};
  for (int id = 0; id < 5; ++id)
    ws.push_back(guarded(sem, clock, log, id, plan[id][0], plan[id][1]));
  auto all = asl::when_all(std::move(ws));
  for (std::size_t t = 0; t < 12; ++t) {
    log.push_back("t" + std::to_string(t));
    clock.at(t).set();
  }
  for (auto &r : asl::sync_wait(std::move(all)))
    std::cout << r << "\n";
  for (auto &l : log)
    std::cout << l << (l[0] == 't' ? " " : "\n");
  std::cout << "\n";
}
