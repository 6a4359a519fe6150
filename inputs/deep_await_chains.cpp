// Checks that continuations never nest without bound: a chain of 100,000
// tasks, each awaiting the one below it, ends on a pool worker and on the main
// thread; and 100,000 tasks, each woken by an event the one before it sets,
// run on the pool and on the main thread. Resumed one inside the other, any
// of these would overflow the stack of the thread it ends on.
#include <asl/task.h>
#include <asl/thread_pool.h>

#include <iostream>
#include <memory>
#include <vector>

constexpr long kLength = 100000;

ASL_ASYNC asl::Task<long> bottom(asl::ThreadPool *pool, asl::Event &gate) {
  if (pool != nullptr)
    co_await pool->schedule();
  co_await gate;
  co_return 0;
}

// Built bottom-up, so each call suspends at once: creating the chain does
// not nest either.
ASL_ASYNC asl::Task<long> level(asl::ThreadPool *pool, asl::Task<long> below) {
  if (pool != nullptr)
    co_await pool->schedule();
  long depth = co_await std::move(below);
  co_return depth + 1;
}

long chain(asl::ThreadPool *pool) {
  asl::Event gate;
  asl::Task<long> top = bottom(pool, gate);
  for (long i = 0; i < kLength; ++i)
    top = level(pool, std::move(top));
  gate.set();
  return asl::sync_wait(std::move(top));
}

// Each relay runs after the previous one set its event, one at a time.
ASL_ASYNC asl::Task<void> relay(asl::ThreadPool *pool, asl::Event &mine,
                                asl::Event &next, long &relayed) {
  if (pool != nullptr)
    co_await pool->schedule();
  co_await mine;
  ++relayed;
  next.set();
}

long relays(asl::ThreadPool *pool) {
  auto events = std::make_unique<asl::Event[]>(kLength + 1);
  long relayed = 0;
  std::vector<asl::Task<void>> tasks;
  for (long i = 0; i < kLength; ++i)
    tasks.push_back(relay(pool, events[i], events[i + 1], relayed));
  events[0].set();
  for (asl::Task<void> &task : tasks)
    asl::sync_wait(std::move(task));
  return relayed;
}

int main() {
  asl::ThreadPool pool(2);
  std::cout << "chain ending on a worker: " << chain(&pool) << "\n";
  std::cout << "chain ending on the main thread: " << chain(nullptr) << "\n";
  std::cout << "relays on the pool: " << relays(&pool) << "\n";
  std::cout << "relays on the main thread: " << relays(nullptr) << "\n";
}
