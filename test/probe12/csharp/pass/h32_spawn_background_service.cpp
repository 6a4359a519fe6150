// A BackgroundService: spawned fire-and-forget workers on a ThreadPool
// (Task.Run without await), an unhandled-exception handler like
// TaskScheduler.UnobservedTaskException, a Channel as the work queue, and
// results gathered under an async Mutex and printed sorted after the pool
// shuts down.
#include <asl/channel.h>
#include <asl/mutex.h>
#include <asl/spawn.h>
#include <asl/task.h>
#include <asl/thread_pool.h>

#include <algorithm>
#include <exception>
#include <iostream>
#include <mutex>
#include <string>
#include <vector>

struct Results {
  asl::Mutex lock;
  std::vector<std::string> lines;
};

ASL_ASYNC asl::Task<void> worker(asl::Channel<int> &queue, Results &out,
                                 int id) {
  int handled = 0;
  while (std::optional<int> job = co_await queue.receive()) {
    if (*job == 13)
      throw std::runtime_error("worker " + std::to_string(id) +
                               " hit job 13");
    std::string text = "job " + std::to_string(*job) + " squared " +
                       std::to_string(*job * *job);
    auto held = co_await out.lock.lock();
    out.lines.push_back(std::move(text));
    ++handled;
  }
  auto held = co_await out.lock.lock();
  out.lines.push_back("zz worker done");
}

ASL_ASYNC asl::Task<void> feeder(asl::Channel<int> &queue, int n) {
  for (int i = 1; i <= n; ++i)
    co_await queue.send(i == 7 ? 13 : i);
  queue.close();
}

int main() {
  Results results;
  std::mutex errors_lock;
  std::vector<std::string> errors;
  {
    asl::ThreadPool pool(2);
    pool.set_exception_handler([&](std::exception_ptr p) {
      try {
        std::rethrow_exception(p);
      } catch (const std::exception &e) {
        std::lock_guard<std::mutex> g(errors_lock);
        errors.push_back(e.what());
      }
    });
    asl::Channel<int> queue(4);
    for (int id = 0; id < 2; ++id)
      asl::spawn(pool, [&, id] { return worker(queue, results, id); });
    asl::sync_wait(feeder(queue, 12));
  }
  std::sort(results.lines.begin(), results.lines.end());
  for (auto &l : results.lines)
    std::cout << l << "\n";
  std::cout << "errors " << errors.size() << "\n";
}
