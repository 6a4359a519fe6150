// Hedged requests (Task.WhenAny over a List<Task<T>>): replicas answer
// after different manual-time delays, the first wins, the losers are
// cancelled and awaited for cleanup; a vector of tasks with a loop
// removing the finished one (`tasks.Remove(done)`) until all complete.
#include <asl/cancellation.h>
#include <asl/task.h>
#include <asl/timer_queue.h>
#include <asl/when_any.h>

#include <chrono>
#include <iostream>
#include <string>
#include <vector>

using namespace std::chrono_literals;

ASL_ASYNC asl::Task<std::string> replica(asl::TimerQueue &tq, std::string name,
                                         int ms, asl::CancellationToken ct) {
  try {
    co_await tq.delay(std::chrono::milliseconds(ms), ct);
  } catch (const asl::operation_cancelled &) {
    std::cout << "  " << name << " cancelled\n";
    throw;
  }
  if (ms % 7 == 0)
    throw std::runtime_error(name + " crashed");
  co_return name + "@" + std::to_string(ms);
}

ASL_ASYNC asl::Task<std::string> hedged(asl::TimerQueue &tq,
                                        std::vector<int> delays) {
  asl::CancellationSource cts;
  std::vector<asl::Task<std::string>> tasks;
  for (std::size_t i = 0; i < delays.size(); ++i)
    tasks.push_back(
        replica(tq, "r" + std::to_string(i), delays[i], cts.token()));
  auto first = co_await asl::when_any(std::move(tasks));
  cts.cancel();
  co_return "winner " + std::to_string(first.index) + ": " + first.value;
}

ASL_ASYNC asl::Task<std::vector<std::string>>
drain(asl::TimerQueue &tq, std::vector<int> delays) {
  std::vector<asl::Task<std::string>> tasks;
  std::vector<std::string> names;
  for (int d : delays) {
    names.push_back("d" + std::to_string(d));
    tasks.push_back(replica(tq, names.back(), d, {}));
  }
  std::vector<std::string> order;
  while (!tasks.empty()) {
    std::size_t done = tasks.size();
    for (std::size_t i = 0; i < tasks.size(); ++i)
      if (tasks[i].is_ready()) {
        done = i;
        break;
      }
    if (done == tasks.size()) {
      co_await tq.delay(1ms);
      continue;
    }
    try {
      order.push_back(co_await std::move(tasks[done]));
    } catch (const std::exception &e) {
      order.push_back(std::string("!") + e.what());
    }
    tasks.erase(tasks.begin() + static_cast<long>(done));
    names.erase(names.begin() + static_cast<long>(done));
  }
  co_return order;
}

int main() {
  asl::TimerQueue tq(asl::TimerQueue::manual_time);
  auto h = hedged(tq, {40, 15, 25});
  auto d = drain(tq, {30, 10, 14, 20});
  for (int t = 0; t < 50; ++t)
    tq.advance(1ms);
  std::cout << asl::sync_wait(std::move(h)) << "\n";
  for (auto &s : asl::sync_wait(std::move(d)))
    std::cout << s << "\n";
}
