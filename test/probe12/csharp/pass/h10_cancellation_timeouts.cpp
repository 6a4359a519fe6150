// CancellationToken plumbing as in .NET: a linked "request" token and a
// per-operation timeout on a manual-time TimerQueue, throw_if_cancelled in
// a loop head, OperationCanceledException caught at the top, a
// registration callback, and a finally-like RAII guard that logs.
#include <asl/cancellation.h>
#include <asl/task.h>
#include <asl/timer_queue.h>
#include <asl/when_any.h>

#include <chrono>
#include <iostream>
#include <string>
#include <vector>

using namespace std::chrono_literals;

struct Finally {
  std::string what;
  ~Finally() { std::cout << "  finally " << what << "\n"; }
};

ASL_ASYNC asl::Task<int> download(asl::TimerQueue &tq, std::string name,
                                  int chunks, asl::CancellationToken ct) {
  Finally f{name};
  int got = 0;
  for (int i = 0; (ct.throw_if_cancelled(), i < chunks); ++i) {
    co_await tq.delay(10ms, ct);
    got += static_cast<int>(name.size());
  }
  co_return got;
}

ASL_ASYNC asl::Task<std::string> with_timeout(asl::TimerQueue &tq,
                                              std::string name, int chunks,
                                              std::chrono::milliseconds limit) {
  asl::CancellationSource cts;
  asl::CancellationRegistration reg(cts.token(), [&name] {
    std::cout << "  cancel requested for " << name << "\n";
  });
  auto r = co_await asl::when_any(download(tq, name, chunks, cts.token()),
                                  [](asl::TimerQueue &q, auto d,
                                     asl::CancellationToken t)
                                      -> asl::Task<int> {
                                    co_await q.delay(d, t);
                                    co_return -1;
                                  }(tq, limit, cts.token()));
  cts.cancel();
  if (r.index() == 1)
    co_return name + ": timeout";
  co_return name + ": " + std::to_string(std::get<0>(r)) + " bytes";
}

int main() {
  asl::TimerQueue tq(asl::TimerQueue::manual_time);
  std::vector<asl::Task<std::string>> jobs;
  jobs.push_back(with_timeout(tq, "small", 2, 50ms));
  jobs.push_back(with_timeout(tq, "large", 9, 45ms));
  asl::CancellationSource shutdown;
  auto bg = download(tq, "bg", 100, shutdown.token());
  for (int t = 0; t < 8; ++t) {
    tq.advance(10ms);
    if (t == 5) {
      std::cout << "shutdown\n";
      shutdown.cancel();
    }
  }
  for (auto &j : jobs)
    std::cout << asl::sync_wait(std::move(j)) << "\n";
  try {
    std::cout << asl::sync_wait(std::move(bg)) << "\n";
  } catch (const asl::operation_cancelled &) {
    std::cout << "bg cancelled\n";
  }
}
