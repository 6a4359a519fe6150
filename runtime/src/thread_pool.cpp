// The work-stealing pool behind asl::ThreadPool.
//
// Where work goes: a continuation posted by one of the pool's own workers is
// pushed on that worker's deque; one posted by any other thread goes to the
// injection queue, a mutex-protected FIFO. A continuation woken by a worker
// (post_local) goes to that worker's run-next slot. A worker looks for work
// in its run-next slot, its own deque (newest first), then the injection
// queue, then the deques of the other workers, starting at a random one
// (oldest first), and after a while their run-next slots. For fairness,
// every 61st search looks at the injection queue first, and, far more
// rarely, one takes the oldest item of its own deque (see
// own_fairness_interval).
//
// Sleeping: a worker that finds nothing searches a few more rounds, then
// parks on a condition variable and uses no CPU until woken. The protocol
// that keeps a wake-up from being lost is described above park().
#include <asl/detail/work_stealing_deque.h>
#include <asl/thread_pool.h>

#include <asl/spawn.h>

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

#ifdef __linux__
#include <pthread.h>
#include <sched.h>
#endif

namespace asl {
namespace {

using detail::resumable;

// Searches that find nothing before a worker parks. Each round ends with a
// yield, so the spin costs a few microseconds and lets other threads run
// when there are more workers than cores.
constexpr int search_rounds_before_parking = 16;

// Every this many searches a worker looks at the injection queue before its
// own deque. Without it a continuation that keeps re-posting itself would
// starve what is injected: it would always be the newest item of a deque
// that is never empty.
constexpr std::uint32_t fairness_interval = 61;

// Every this many searches (a multiple of fairness_interval) a worker takes
// the oldest item of its own deque instead of the newest, so that the same
// re-posting continuation cannot starve the items under it either. Rarely:
// each such pick leaves the depth-first order, starting the oldest, and
// usually biggest, piece of work while the newer pieces wait half done. At
// every 61st search it made skynet (B6 of issue 6) keep up to ~48,000 boxes
// alive instead of ~200 and steal ~1,200 times as often, which cost more
// CPU per task than all that asl used beyond oneTBB (docs/performance.md,
// "Fairness picks broke the depth-first order"). With items as short as
// B6's, 249,856 searches are about 6 ms of work, under Go's 10 ms slice.
constexpr std::uint32_t own_fairness_interval = fairness_interval * 4096;

// Most items a worker moves from the injection queue at once: the first one
// runs, the rest go to its deque, where idle workers can steal them.
constexpr std::size_t max_injected_batch = 32;

// Most run-next slot items a worker runs in a row (Tokio's LIFO slot cap).
// Two tasks that keep waking each other would otherwise hold the worker;
// after this many the slot's item joins the deque and the worker runs its
// oldest queued item.
constexpr unsigned max_run_next_streak = 3;

// Search rounds after which an idle worker also steals other workers'
// run-next slots. Their owners are running and will take them soon; a few
// yields first give them the chance (Go waits about 3 microseconds).
constexpr int rounds_before_stealing_run_next = 8;

// Inline wakes (Event::set() resuming a waiter of this pool at once, see
// detail::wake_inline_or_resume_in) a worker may run per item it takes;
// past that, wakes go to the run-next slot, which has its own cap.
constexpr unsigned inline_wakes_per_item = 64;

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
    // Written by the owner (post_local), taken by the owner or, late in a
    // search, by a thief; exchanged, so exactly one of them gets an item.
    std::atomic<resumable *> run_next{nullptr};
    unsigned run_next_streak = 0; // owner only
    impl *pool;
    unsigned index;
    victim_picker picker;
    std::uint32_t searches = 0;
    std::thread thread;
  };

  impl(ThreadPool &owner, unsigned count);
  ~impl() { stop_and_join(); }

  void stop_and_join();
  void spread_over_cpus() noexcept;
  void post(resumable *next);
  void post_local(resumable *next);
  void post_injected(resumable *next);
  void run_worker(worker &self);
  resumable *find_work(worker &self, bool steal_run_next);
  resumable *take_run_next(worker &self);
  resumable *take_injected(worker &self);
  resumable *steal_from_others(worker &self, bool steal_run_next);
  resumable *park(worker &self, bool &exit);
  void wake_one();

  void begin_spawn();
  void end_spawn(std::exception_ptr failure);
  void wait_for_spawned();

  ThreadPool *owner;

  // The worker running on this thread, if any, whichever pool it belongs
  // to; set for the lifetime of each worker thread.
  static thread_local worker *current;

  std::vector<std::unique_ptr<worker>> workers;

  std::mutex injected_mutex;
  std::deque<resumable *> injected; // guarded by injected_mutex
  // injected.size(), readable without the lock. Written under the lock.
  std::atomic<std::size_t> injected_size{0};
  // Calls of post_injected() in progress. The continuation a thread posts
  // may run, end the last task, and let the pool be destroyed before that
  // thread is out of post(): the destructor waits for this to be zero.
  std::atomic<unsigned> posts_in_progress{0};

  // Workers between announcing that they are about to park and leaving
  // park(); wake_one() reads it to skip the mutex when nobody sleeps.
  alignas(64) std::atomic<unsigned> parking{0};
  std::mutex park_mutex;
  std::condition_variable park_cv;
  std::uint64_t wake_epoch = 0; // guarded by park_mutex
  bool stopping = false;        // guarded by park_mutex
  // Workers blocked in park_cv. Written under park_mutex; read relaxed by
  // sample_load(), which is a snapshot.
  std::atomic<unsigned> sleeping{0};

  CancellationSource stop_source;

  std::mutex spawn_mutex;
  std::condition_variable spawn_cv; // spawned reached zero
  std::size_t spawned = 0;          // guarded by spawn_mutex
  exception_handler on_exception;   // guarded by spawn_mutex
};

thread_local ThreadPool::impl::worker *ThreadPool::impl::current = nullptr;

ThreadPool::impl::impl(ThreadPool &owner, unsigned count) : owner(&owner) {
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
    spread_over_cpus();
  } catch (...) {
    // Stop the threads that did start, then report the failure.
    stop_and_join();
    throw;
  }
}

// With no more workers than the CPUs the process may use, each worker gets
// a CPU of its own. Left to itself, Linux may keep two busy workers on one
// CPU for a whole run: they rarely sleep, so nothing prompts it to place them
// again (docs/performance.md, "The bimodal skynet"). More workers than CPUs
// are left to the scheduler.
void ThreadPool::impl::spread_over_cpus() noexcept {
#ifdef __linux__
  cpu_set_t allowed;
  if (sched_getaffinity(0, sizeof allowed, &allowed) != 0 ||
      static_cast<std::size_t>(CPU_COUNT(&allowed)) < workers.size())
    return;
  int cpu = -1;
  for (auto &w : workers) {
    do
      ++cpu;
    while (!CPU_ISSET(cpu, &allowed));
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    pthread_setaffinity_np(w->thread.native_handle(), sizeof one, &one);
  }
#endif
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

  // A post() from another thread that raced with the workers' last search
  // may leave something here; it still runs, on this thread. Then the
  // posters still inside post_injected() must leave it before the pool goes.
  for (;;) {
    resumable *next = nullptr;
    {
      std::lock_guard<std::mutex> lock(injected_mutex);
      if (!injected.empty()) {
        next = injected.front();
        injected.pop_front();
        injected_size.store(injected.size(), std::memory_order_relaxed);
      }
    }
    if (next != nullptr) {
      detail::run_from(next);
      continue;
    }
    // Acquire: pairs with the release decrement in post_injected(); after
    // it, that poster touches nothing here again.
    if (posts_in_progress.load(std::memory_order_acquire) == 0)
      break;
    std::this_thread::yield();
  }
}

void ThreadPool::impl::post(resumable *next) {
  worker *self = current;
  if (self != nullptr && self->pool == this) {
    // Only the push that makes the deque non-empty wakes a worker; see
    // "Waking on the empty-to-non-empty transition" above park().
    if (self->deque.push(next)) {
      chaos_point();
      wake_one();
    }
  } else {
    post_injected(next);
  }
}

void ThreadPool::impl::post_injected(resumable *next) {
  // Relaxed: the queue's mutex publishes it along with the item, so whoever
  // runs the item, and whatever follows from that (the destructor), sees
  // the increment.
  posts_in_progress.fetch_add(1, std::memory_order_relaxed);
  {
    std::lock_guard<std::mutex> lock(injected_mutex);
    injected.push_back(next);
    // Relaxed: read by find_work() as a hint, and ordered against park()
    // by the seq_cst fences in wake_one() and park().
    injected_size.store(injected.size(), std::memory_order_relaxed);
  }
  chaos_point();
  wake_one();
  // Release: pairs with the acquire load in stop_and_join().
  posts_in_progress.fetch_sub(1, std::memory_order_release);
}

// No wake-up when the slot was empty: its owner is running and takes it as
// soon as the current work returns (Tokio does the same with its LIFO slot).
// A displaced item goes to the deque like any post, and wakes a thief.
void ThreadPool::impl::post_local(resumable *next) {
  worker *self = current;
  if (self == nullptr || self->pool != this) {
    post(next);
    return;
  }
  // Release: pairs with the acquire exchange of a thief in
  // steal_from_others(); a thief that takes the item sees what it points at.
  resumable *displaced =
      self->run_next.exchange(next, std::memory_order_acq_rel);
  if (displaced != nullptr && self->deque.push(displaced)) {
    chaos_point();
    wake_one();
  }
}

void ThreadPool::impl::run_worker(worker &self) {
  current = &self;
  detail::context_scope in_pool(owner);
  bool exit = false;
  while (!exit) {
    resumable *next = find_work(self, false);
    for (int round = 0;
         next == nullptr && round != search_rounds_before_parking; ++round) {
      std::this_thread::yield();
      next = find_work(self, round >= rounds_before_stealing_run_next);
    }
    if (next == nullptr)
      next = park(self, exit);
    // A continuation that throws ends the program here (std::terminate):
    // lowered and native tasks catch their own exceptions, so one escaping
    // to the pool has nobody to go to.
    if (next != nullptr) {
      detail::inline_wake_budget = inline_wakes_per_item;
      detail::run_from(next);
    }
  }
  detail::inline_wake_budget = 0;
  current = nullptr;
}

resumable *ThreadPool::impl::find_work(worker &self, bool steal_run_next) {
  if (++self.searches % fairness_interval == 0) {
    self.run_next_streak = 0;
    if (resumable *next = take_injected(self))
      return next;
    if (self.searches % own_fairness_interval == 0)
      if (resumable *oldest = self.deque.steal())
        return oldest;
  }
  if (resumable *next = take_run_next(self))
    return next;
  self.run_next_streak = 0;
  if (resumable *newest = self.deque.pop())
    return newest;
  if (resumable *next = take_injected(self))
    return next;
  return steal_from_others(self, steal_run_next);
}

resumable *ThreadPool::impl::take_run_next(worker &self) {
  // Relaxed: only this thread fills the slot, so an empty one stays empty
  // until this thread fills it; a thief may only empty it.
  if (self.run_next.load(std::memory_order_relaxed) == nullptr)
    return nullptr;
  // Acquire: pairs with the release in post_local() (this thread's own,
  // so only for form's sake) and orders the take against a thief's.
  resumable *next = self.run_next.exchange(nullptr, std::memory_order_acquire);
  if (next == nullptr || self.run_next_streak != max_run_next_streak) {
    self.run_next_streak += next != nullptr ? 1 : 0;
    return next;
  }

  // The streak is over: the item queues behind the worker's other work,
  // and the oldest of that runs now (the item itself if it is alone).
  self.run_next_streak = 0;
  self.deque.push(next);
  chaos_point();
  wake_one();
  return self.deque.steal();
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

resumable *ThreadPool::impl::steal_from_others(worker &self,
                                               bool steal_run_next) {
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
  if (!steal_run_next)
    return nullptr;
  for (unsigned i = 0; i != count; ++i) {
    worker &victim = *workers[(start + i) % count];
    if (&victim == &self ||
        victim.run_next.load(std::memory_order_relaxed) == nullptr)
      continue;
    // Acquire: pairs with the release exchange in post_local().
    if (resumable *next =
            victim.run_next.exchange(nullptr, std::memory_order_acquire))
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
// Waking on the empty-to-non-empty transition. A worker pushing onto its
// own deque wakes a sleeper only when the deque was empty before the push
// (oneTBB signals the same way): each of the later items has someone to
// take it without a wake-up, which saves the seq_cst fence of wake_one()
// on most posts. The worker woken by the first push searches until it
// finds nothing (and then parks through the protocol above, whose search
// sees every item pushed before its fence), and the owner itself pops its
// deque before it ever parks, so no item is left while every worker
// sleeps. The cost: items pushed behind the first wait for the owner or
// for a worker that is already searching, instead of waking a second
// sleeper; with more sleepers than that, parallelism ramps up one worker
// per transition rather than one per item.
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

  resumable *next = find_work(self, true);
  // Nothing is queued, and with `stopping` set nothing new can come from
  // outside; other workers drain what they post themselves.
  if (next == nullptr && stop) {
    exit = true;
  } else if (next == nullptr) {
    chaos_point();
    std::unique_lock<std::mutex> lock(park_mutex);
    sleeping.fetch_add(1, std::memory_order_relaxed);
    park_cv.wait(lock, [&] { return wake_epoch != key || stopping; });
    sleeping.fetch_sub(1, std::memory_order_relaxed);
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

void ThreadPool::impl::begin_spawn() {
  std::lock_guard<std::mutex> lock(spawn_mutex);
  ++spawned;
}

namespace {
bool is_cancellation(const std::exception_ptr &failure) {
  try {
    std::rethrow_exception(failure);
  } catch (const operation_cancelled &) {
    return true;
  } catch (...) {
    return false;
  }
}

// No handler: the exception leaves a noexcept function, which ends the
// program through std::terminate with the exception's type and what().
[[noreturn]] void terminate_with(std::exception_ptr failure) noexcept {
  std::rethrow_exception(std::move(failure));
}

void call_handler(const ThreadPool::exception_handler &handler,
                  std::exception_ptr failure) noexcept {
  handler(std::move(failure));
}
} // namespace

void ThreadPool::impl::end_spawn(std::exception_ptr failure) {
  if (failure && !is_cancellation(failure)) {
    exception_handler handler;
    {
      std::lock_guard<std::mutex> lock(spawn_mutex);
      handler = on_exception;
    }
    if (!handler)
      terminate_with(std::move(failure));
    call_handler(handler, std::move(failure));
  }
  // Notified under the lock: once the destructor sees zero it frees this
  // mutex, so nothing here may touch it after unlocking.
  std::lock_guard<std::mutex> lock(spawn_mutex);
  if (--spawned == 0)
    spawn_cv.notify_all();
}

void ThreadPool::impl::wait_for_spawned() {
  std::unique_lock<std::mutex> lock(spawn_mutex);
  spawn_cv.wait(lock, [this] { return spawned == 0; });
}

ThreadPool::ThreadPool(unsigned workers)
    : impl_(std::make_unique<impl>(*this, workers)) {}

ThreadPool::~ThreadPool() {
  // A worker cannot join itself.
  assert((impl::current == nullptr || impl::current->pool != impl_.get()) &&
         "ThreadPool destroyed by one of its own workers");
  impl_->stop_source.cancel();
  impl_->wait_for_spawned();
  impl_->stop_and_join();
}

void ThreadPool::post(continuation next) {
  assert(next && "posting an empty continuation");
  // Dropped when asserts are off: a null item would read as "no work" to
  // find_work() and hide the items queued behind it.
  if (!next)
    return;
  impl_->post(next.get());
}

void ThreadPool::post_local(continuation next) {
  assert(next && "posting an empty continuation");
  if (!next)
    return;
  impl_->post_local(next.get());
}

void ThreadPool::post_behind(continuation next) {
  assert(next && "posting an empty continuation");
  if (!next)
    return;
  impl_->post_injected(next.get());
}

unsigned ThreadPool::size() const noexcept {
  return static_cast<unsigned>(impl_->workers.size());
}

CancellationToken ThreadPool::stop_token() const noexcept {
  return impl_->stop_source.token();
}

void ThreadPool::set_exception_handler(exception_handler handler) {
  std::lock_guard<std::mutex> lock(impl_->spawn_mutex);
  impl_->on_exception = std::move(handler);
}

ThreadPool::load ThreadPool::sample_load() const noexcept {
  load now;
  // Relaxed: a snapshot; each number was true at some recent moment.
  now.queued = impl_->injected_size.load(std::memory_order_relaxed);
  for (auto &w : impl_->workers)
    now.queued += static_cast<std::size_t>(w->deque.size_hint());
  now.sleeping = impl_->sleeping.load(std::memory_order_relaxed);
  return now;
}

void detail::spawn_access::begin(ThreadPool &pool) {
  pool.impl_->begin_spawn();
}

void detail::spawn_access::end(ThreadPool &pool, std::exception_ptr failure) {
  pool.impl_->end_spawn(std::move(failure));
}

} // namespace asl
