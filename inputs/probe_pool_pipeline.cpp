// A C#-style pipeline on a ThreadPool: stages hop to the pool, a Mutex
// guards a shared ledger, when_all joins a vector of tasks, when_any picks
// the first of a pair, Task<void> stages, move-only results, tasks stored
// in a std::vector and an array, events in an array.
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct Ledger {
  asl::Mutex mutex;
  std::map<std::string, long> totals;
};

struct Order {
  std::string customer;
  int qty;
  long cents;
};

ASL_ASYNC asl::Task<std::unique_ptr<Order>> parse(asl::ThreadPool &pool, std::string line) {
  co_await pool.schedule();
  auto at = line.find(':');
  auto comma = line.find(',');
  auto o = std::make_unique<Order>();
  o->customer = line.substr(0, at);
  o->qty = std::stoi(line.substr(at + 1, comma - at - 1));
  o->cents = std::stol(line.substr(comma + 1));
  co_return o;
}

ASL_ASYNC asl::Task<void> book(asl::ThreadPool &pool, Ledger &ledger, std::string line) {
  std::unique_ptr<Order> order = co_await parse(pool, std::move(line));
  co_await pool.schedule();
  asl::MutexLock held = co_await ledger.mutex.lock();
  ledger.totals[order->customer] += order->qty * order->cents;
}

ASL_ASYNC asl::Task<int> gated(std::array<asl::Event, 3> &gates, int i) {
  co_await gates[i];
  co_return i * 10;
}

ASL_ASYNC asl::Task<long> run(asl::ThreadPool &pool) {
  Ledger ledger;
  std::vector<std::string> lines{"ann:2,150", "bob:1,999", "ann:3,10", "cy:5,5", "bob:2,1"};
  std::vector<asl::Task<void>> jobs;
  for (const std::string &l : lines)
    jobs.push_back(book(pool, ledger, l));
  co_await asl::when_all(std::move(jobs));
  long grand = 0;
  for (const auto &[who, cents] : ledger.totals) {
    std::printf("  %s %ld\n", who.c_str(), cents);
    grand += cents;
  }
  std::array<asl::Event, 3> gates;
  asl::Task<int> waits[3] = {gated(gates, 0), gated(gates, 1), gated(gates, 2)};
  gates[2].set();
  auto first = co_await asl::when_any(std::move(waits[1]), std::move(waits[2]));
  std::printf("  first index %zu value %d\n", first.index(),
              first.index() == 0 ? std::get<0>(first) : std::get<1>(first));
  gates[0].set();
  gates[1].set();
  int w0 = co_await waits[0];
  auto [a, b] = co_await asl::when_all(gated(gates, 1), parse(pool, "z:1,1"));
  co_return grand + w0 + a + b->cents;
}

int main() {
  asl::ThreadPool pool{2};
  std::printf("result %ld\n", asl::sync_wait(run(pool)));
}
