// The work-stealing pool behind asl::ThreadPool.
//
// Where work goes: a continuation posted by one of the pool's own workers is
// pushed on that worker's deque; one posted by any other thread goes to the
// injection queue, a mutex-protected FIFO. A worker looks for work in its own
// deque (newest first), then the injection queue, then the deques of the
// other workers, starting at a random one (oldest first).
//
// Sleeping: a worker that finds nothing searches a few more rounds, then
// parks on a condition variable and uses no CPU until woken. The protocol
// that keeps a wake-up from being lost is described above park().
#include <asl/detail/work_stealing_deque.h>
#include <asl/thread_pool.h>

#include <atomic>
#include <cassert>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace asl {
namespace {

using detail::resumable;

// Searches that find nothing before a worker parks. Each round ends with a
// yield, so the spin costs a few microseconds and lets other threads run
// when there are more workers than cores.
constexpr int search_rounds_before_parking = 16;

// Every this many searches a worker looks at the injection queue, then at
// the oldest item of its own deque, before its newest item. Without it a
// continuation that keeps re-posting itself would starve both: it would
// always be the newest item of a deque that is never empty.
constexpr std::uint32_t fairness_interval = 61;

// Most items a worker moves from the injection queue at once: the first one
// runs, the rest go to its deque, where idle workers can steal them.
constexpr std::size_t max_injected_batch = 32;

// A cheap per-worker generator for picking victims (xorshift64).
class victim_picker {
public:
  explicit victim_picker(std::uint64_t seed) noexcept
      : state_(seed != 0 ? seed : 1) {}
  std::uint64_t next() noexcept {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }

private:
  std::uint64_t state_;
};

#if defined(ASL_SCHEDULER_CHAOS)
// Test builds only (see test/CMakeLists.txt): a random yield or a pause of up
// to 20 microseconds where another thread's step could slip in, which turns
// a race window of nanoseconds into one a stress test hits.
void chaos_point() {
  thread_local victim_picker dice(
      std::hash<std::thread::id>()(std::this_thread::get_id()));
  std::uint64_t roll = dice.next();
  if (roll % 4 == 0) {
    std::this_thread::yield();
  } else if (roll % 8 == 1) {
    auto until = std::chrono::steady_clock::now() +
                 std::chrono::nanoseconds(roll / 8 % 20'000);
    while (std::chrono::steady_clock::now() < until) {
    }
  }
}
#else
inline void chaos_point() {}
#endif

} // namespace

struct ThreadPool::impl {
  struct worker {
    worker(impl &owner, unsigned index)
        : pool(&owner), index(index),
          picker(0x9E3779B97F4A7C15ull * (index + 1)) {}

    detail::work_stealing_deque deque;
    impl *pool;
    unsigned index;
    victim_picker picker;
    std::uint32_t searches = 0;
    std::thread thread;
  };

  explicit impl(unsigned count);
  ~impl() { stop_and_join(); }

  void stop_and_join();
  void post(resumable *next);
  void run_worker(worker &self);
  resumable *find_work(worker &self);
  resumable *take_injected(worker &self);
  resumable *steal_from_others(worker &self);
  resumable *park(worker &self, bool &exit);
  void wake_one();

  // The worker running on this thread, if any, whichever pool it belongs
  // to; set for the lifetime of each worker thread.
  static thread_local worker *current;

  std::vector<std::unique_ptr<worker>> workers;

  std::mutex injected_mutex;
  std::deque<resumable *> injected; // guarded by injected_mutex
  // injected.size(), readable without the lock. Written under the lock.
  std::atomic<std::size_t> injected_size{0};

  // Workers between announcing that they are about to park and leaving
  // park(); wake_one() reads it to skip the mutex when nobody sleeps.
  alignas(64) std::atomic<unsigned> parking{0};
  std::mutex park_mutex;
  std::condition_variable park_cv;
  std::uint64_t wake_epoch = 0; // guarded by park_mutex
  bool stopping = false;        // guarded by park_mutex
};

thread_local ThreadPool::impl::worker *ThreadPool::impl::current = nullptr;

ThreadPool::impl::impl(unsigned count) {
  // A pool without workers would keep everything posted to it forever.
  if (count == 0)
    count = 1;
  workers.reserve(count);
  for (unsigned i = 0; i != count; ++i)
    workers.push_back(std::make_unique<worker>(*this, i));

  // Threads start only once every worker exists: they read `workers`.
  try {
    for (auto &w : workers)
      w->thread = std::thread([this, self = w.get()] { run_worker(*self); });
  } catch (...) {
    // Stop the threads that did start, then report the failure.
    stop_and_join();
    throw;
  }
}

// Shutdown: workers keep running until, with `stopping` set, a full search
// finds nothing; work that running continuations post meanwhile is found by
// that search. Then they return and are joined.
void ThreadPool::impl::stop_and_join() {
  {
    std::lock_guard<std::mutex> lock(park_mutex);
    stopping = true;
    ++wake_epoch;
  }
  park_cv.notify_all();
  for (auto &w : workers)
    if (w->thread.joinable())
      w->thread.join();
  // Only a post() from outside the pool racing with its destruction, which
  // the header forbids, could leave something here.
  assert(injected.empty());
}

void ThreadPool::impl::post(resumable *next) {
  worker *self = current;
  if (self != nullptr && self->pool == this) {
    self->deque.push(next);
  } else {
    std::lock_guard<std::mutex> lock(injected_mutex);
    injected.push_back(next);
    // Relaxed: read by find_work() as a hint, and ordered against park()
    // by the seq_cst fences in wake_one() and park().
    injected_size.store(injected.size(), std::memory_order_relaxed);
  }
  chaos_point();
  wake_one();
}

void ThreadPool::impl::run_worker(worker &self) {
  current = &self;
  bool exit = false;
  while (!exit) {
    resumable *next = find_work(self);
    for (int round = 0;
         next == nullptr && round != search_rounds_before_parking; ++round) {
      std::this_thread::yield();
      next = find_work(self);
    }
    if (next == nullptr)
      next = park(self, exit);
    // A continuation that throws ends the program here (std::terminate):
    // lowered and native tasks catch their own exceptions, so one escaping
    // to the pool has nobody to go to.
    if (next != nullptr)
      detail::run_from(next);
  }
  current = nullptr;
}

resumable *ThreadPool::impl::find_work(worker &self) {
  if (++self.searches % fairness_interval == 0) {
    if (resumable *next = take_injected(self))
      return next;
    if (resumable *oldest = self.deque.steal())
      return oldest;
  }
  if (resumable *newest = self.deque.pop())
    return newest;
  if (resumable *next = take_injected(self))
    return next;
  return steal_from_others(self);
}

resumable *ThreadPool::impl::take_injected(worker &self) {
  // Relaxed: a hint that saves the lock; see post().
  if (injected_size.load(std::memory_order_relaxed) == 0)
    return nullptr;

  resumable *first;
  std::size_t moved = 0;
  {
    std::lock_guard<std::mutex> lock(injected_mutex);
    if (injected.empty())
      return nullptr;
    first = injected.front();
    injected.pop_front();

    // Take a fair share of the rest into this worker's deque, oldest
    // pushed first so that thieves see the queue's order.
    std::size_t share = injected.size() / workers.size();
    if (share > max_injected_batch)
      share = max_injected_batch;
    for (; moved != share; ++moved) {
      self.deque.push(injected.front());
      injected.pop_front();
    }
    injected_size.store(injected.size(), std::memory_order_relaxed);
  }

  // The moved items are newly visible in this deque; a worker that found the
  // injection queue empty may have parked without seeing them here.
  chaos_point();
  if (moved != 0)
    wake_one();
  return first;
}

resumable *ThreadPool::impl::steal_from_others(worker &self) {
  auto count = static_cast<unsigned>(workers.size());
  if (count == 1)
    return nullptr;
  auto start = static_cast<unsigned>(self.picker.next() % count);
  for (unsigned i = 0; i != count; ++i) {
    unsigned victim = (start + i) % count;
    if (victim == self.index)
      continue;
    if (resumable *next = workers[victim]->deque.steal())
      return next;
  }
  return nullptr;
}

// Parking without lost wake-ups. Publishing work and parking form a Dekker
// pair, each side writing one location and then reading the other's:
//
//   post():    publish item  ; fence(seq_cst) ; read parking
//   park():    parking += 1  ; fence(seq_cst) ; search all queues
//
// The two fences are totally ordered. If the poster's comes first, the
// parker's search sees the item. If the parker's comes first, the poster
// reads parking >= 1 (a value of 0 would mean this parker had already left
// park(), and it searches again before it next sleeps) and bumps wake_epoch
// under park_mutex. The parker read its `key` from wake_epoch under the same
// mutex before searching: had it read it after the bump, the item would have
// been visible to its search; so it sees wake_epoch != key before waiting,
// or is waiting and is notified. notify_one may pick another sleeper; any
// sleeper woken by it whose key is current started parking after the bump,
// so its search saw the item, which means someone has taken it already.
//
// Returns work found by the last search, or null after a wake-up. Sets
// `exit` when the pool is stopping and that search found nothing.
resumable *ThreadPool::impl::park(worker &self, bool &exit) {
  chaos_point();
  // Seq_cst: first half of the Dekker pair above, with the fence below.
  parking.fetch_add(1, std::memory_order_seq_cst);
  std::uint64_t key;
  bool stop;
  {
    std::lock_guard<std::mutex> lock(park_mutex);
    key = wake_epoch;
    stop = stopping;
  }
  // Seq_cst fence: pairs with the fence in wake_one(); see above.
  std::atomic_thread_fence(std::memory_order_seq_cst);
  chaos_point();

  resumable *next = find_work(self);
  // Nothing is queued, and with `stopping` set nothing new can come from
  // outside; other workers drain what they post themselves.
  if (next == nullptr && stop) {
    exit = true;
  } else if (next == nullptr) {
    chaos_point();
    std::unique_lock<std::mutex> lock(park_mutex);
    park_cv.wait(lock, [&] { return wake_epoch != key || stopping; });
  }
  // Relaxed: leaving needs no ordering; the next park() fences again.
  parking.fetch_sub(1, std::memory_order_relaxed);
  return next;
}

void ThreadPool::impl::wake_one() {
  // Seq_cst fence: pairs with the fence in park(); either this load sees
  // the parker's increment or the parker's search sees the new work.
  std::atomic_thread_fence(std::memory_order_seq_cst);
  if (parking.load(std::memory_order_relaxed) == 0)
    return;
  {
    std::lock_guard<std::mutex> lock(park_mutex);
    ++wake_epoch;
  }
  park_cv.notify_one();
}

ThreadPool::ThreadPool(unsigned workers)
    : impl_(std::make_unique<impl>(workers)) {}

ThreadPool::~ThreadPool() {
  // A worker cannot join itself.
  assert((impl::current == nullptr || impl::current->pool != impl_.get()) &&
         "ThreadPool destroyed by one of its own workers");
}

void ThreadPool::post(continuation next) {
  assert(next && "posting an empty continuation");
  // Dropped when asserts are off: a null item would read as "no work" to
  // find_work() and hide the items queued behind it.
  if (!next)
    return;
  impl_->post(next.get());
}

unsigned ThreadPool::size() const noexcept {
  return static_cast<unsigned>(impl_->workers.size());
}

} // namespace asl
