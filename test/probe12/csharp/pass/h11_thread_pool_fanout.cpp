// Task.Run fan-out on a ThreadPool: each item hops to the pool, computes,
// and its result is stored by index; the caller sync_waits on when_all and
// prints in order, so the output is deterministic. An async lock (Mutex)
// protects a shared histogram updated from several workers.
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>

#include <iostream>
#include <map>
#include <string>
#include <vector>

struct Stats {
  asl::Mutex lock;
  std::map<int, int> histogram;
  long total = 0;
};

ASL_ASYNC asl::Task<std::string> process(asl::ThreadPool &pool, Stats &stats,
                                         int n) {
  co_await pool.schedule();
  long acc = 0;
  for (int i = 1; i <= n * 1000; ++i)
    acc += i % (n + 3);
  {
    auto held = co_await stats.lock.lock();
    stats.histogram[static_cast<int>(acc % 5)]++;
    stats.total += acc;
    co_await pool.yield();
  }
  if (n == 7)
    throw std::runtime_error("seven is unlucky");
  co_return std::to_string(n) + ":" + std::to_string(acc);
}

ASL_ASYNC asl::Task<std::string> safe(asl::ThreadPool &pool, Stats &stats,
                                      int n) {
  try {
    co_return co_await process(pool, stats, n);
  } catch (const std::exception &e) {
    co_return std::to_string(n) + ":error(" + e.what() + ")";
  }
}

int main() {
  asl::ThreadPool pool(2);
  Stats stats;
  std::vector<asl::Task<std::string>> tasks;
  for (int n = 1; n <= 10; ++n)
    tasks.push_back(safe(pool, stats, n));
  auto results = asl::sync_wait(asl::when_all(std::move(tasks)));
  for (const auto &r : results)
    std::cout << r << "\n";
  for (auto [bucket, count] : stats.histogram)
    std::cout << "bucket " << bucket << ": " << count << "\n";
  std::cout << "total " << stats.total << "\n";
}
