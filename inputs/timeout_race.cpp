// Checks timeouts and races on a manual-time asl::TimerQueue: when_any picks
// the first task to end, the caller cancels the loser through a
// CancellationSource so it ends at once, and a shutdown cancelled from main
// ends a delay that would otherwise fire later.
#include <asl/cancellation.h>
#include <asl/task.h>
#include <asl/timer_queue.h>
#include <asl/when_any.h>

#include <chrono>
#include <iostream>
#include <variant>

using std::chrono::milliseconds;

long now_ms(asl::TimerQueue &timers) {
  return std::chrono::duration_cast<milliseconds>(
             timers.now().time_since_epoch())
      .count();
}

ASL_ASYNC asl::Task<int> fetch(asl::TimerQueue &timers, const char *server,
                               int latency, asl::CancellationToken stop) {
  try {
    co_await timers.delay(milliseconds(latency), stop);
  } catch (const asl::operation_cancelled &) {
    std::cout << "  " << server << " cancelled at " << now_ms(timers) << "\n";
    co_return -1;
  }
  std::cout << "  " << server << " answered at " << now_ms(timers) << "\n";
  co_return latency;
}

ASL_ASYNC asl::Task<int> deadline(asl::TimerQueue &timers, int limit,
                                  asl::CancellationToken stop) {
  co_await timers.delay(milliseconds(limit), stop);
  co_return limit;
}

ASL_ASYNC asl::Task<int> with_timeout(asl::TimerQueue &timers,
                                      const char *server, int latency,
                                      int limit) {
  asl::CancellationSource stop;
  asl::Task<int> work = fetch(timers, server, latency, stop.token());
  asl::Task<int> timer = deadline(timers, limit, stop.token());
  auto first = co_await asl::when_any(std::move(work), std::move(timer));
  stop.cancel(); // the loser ends now instead of at its deadline
  if (first.index() == 1) {
    std::cout << server << " timed out at " << now_ms(timers) << "\n";
    co_return -1;
  }
  std::cout << server << " in time: " << std::get<0>(first) << "\n";
  co_return std::get<0>(first);
}

ASL_ASYNC asl::Task<int> race(asl::TimerQueue &timers,
                              asl::CancellationToken shutdown) {
  asl::Task<int> primary = fetch(timers, "primary", 70, shutdown);
  asl::Task<int> mirror = fetch(timers, "mirror", 90, shutdown);
  auto first = co_await asl::when_any(std::move(primary), std::move(mirror));
  std::cout << "race won by " << (first.index() == 0 ? "primary" : "mirror")
            << " with " << std::get<0>(first) << "\n";
  co_return static_cast<int>(first.index());
}

int main() {
  asl::TimerQueue timers(asl::TimerQueue::manual_time);
  asl::CancellationSource shutdown;
  asl::Task<int> quick = with_timeout(timers, "cache", 20, 50);
  asl::Task<int> slow = with_timeout(timers, "disk", 80, 50);
  asl::Task<int> winner = race(timers, shutdown.token());
  for (int step = 1; step <= 4; ++step) {
    timers.advance(milliseconds(20));
    std::cout << "t=" << now_ms(timers) << " pending " << timers.pending()
              << "\n";
  }
  std::cout << "shutdown\n";
  shutdown.cancel();
  std::cout << "pending " << timers.pending() << "\n";
  int a = asl::sync_wait(std::move(quick));
  int b = asl::sync_wait(std::move(slow));
  int c = asl::sync_wait(std::move(winner));
  std::cout << "results " << a << " " << b << " " << c << "\n";
}
