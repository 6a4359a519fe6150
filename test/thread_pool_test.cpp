// Unit tests for asl::ThreadPool: where posted work runs, checksums over many
// continuations at several pool sizes, no lost wake-ups across idle gaps, no
// CPU use while idle, shutdown with work pending, fairness, and awaiting
// pool.schedule() from a hand-written state machine.
//
// ASL_STRESS_SCALE (a positive number, default 1) scales the item and round
// counts, e.g. 0.25 under ThreadSanitizer.
#include <asl/thread_pool.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <vector>

namespace {

using asl::ThreadPool;
using asl::detail::resumable;
using namespace std::chrono_literals;

std::size_t scaled(std::size_t count) {
  double scale = 1.0;
  if (const char *text = std::getenv("ASL_STRESS_SCALE"))
    scale = std::atof(text);
  if (scale <= 0)
    scale = 1.0;
  auto result = static_cast<std::size_t>(static_cast<double>(count) * scale);
  return result < 10 ? 10 : result;
}

// Counts arrivals from any thread and lets one thread wait for a number of
// them, with a deadline, so that a broken pool fails a test instead of
// hanging it.
class arrivals {
public:
  void arrive() {
    // Seq_cst: pairs with the store of wanted_ in wait_for(); either this
    // load sees the new target or the waiter's check sees this arrival.
    std::size_t now = count_.fetch_add(1, std::memory_order_seq_cst) + 1;
    if (now >= wanted_.load(std::memory_order_seq_cst))
      wake();
  }

  // Makes wait_for() return false at once, now and later.
  void abort() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      aborted_ = true;
    }
    cv_.notify_all();
  }

  // True once `target` arrivals happened; false on timeout or abort().
  bool wait_for(std::size_t target, std::chrono::milliseconds timeout) {
    // Seq_cst: pairs with the load in arrive().
    wanted_.store(target, std::memory_order_seq_cst);
    std::unique_lock<std::mutex> lock(mutex_);
    bool reached = cv_.wait_for(lock, timeout, [&] {
      return aborted_ || count_.load(std::memory_order_seq_cst) >= target;
    });
    return reached && !aborted_;
  }

  std::size_t count() const { return count_.load(std::memory_order_relaxed); }

private:
  void wake() {
    // Taking the lock orders this notify after the waiter's check.
    { std::lock_guard<std::mutex> lock(mutex_); }
    cv_.notify_all();
  }

  std::atomic<std::size_t> count_{0};
  std::atomic<std::size_t> wanted_{SIZE_MAX};
  std::mutex mutex_;
  std::condition_variable cv_;
  bool aborted_ = false; // guarded by mutex_
};

// A continuation that adds its value to a checksum and arrives.
struct leaf : resumable {
  leaf() : resumable{&run} {}
  static void run(resumable *self) {
    auto *me = static_cast<leaf *>(self);
    me->sum->fetch_add(me->value, std::memory_order_relaxed);
    me->done->arrive();
  }

  std::uint64_t value = 0;
  std::atomic<std::uint64_t> *sum = nullptr;
  arrivals *done = nullptr;
};

// A continuation that, on a worker, posts the leaves [first, last).
struct spawner : resumable {
  spawner() : resumable{&run} {}
  static void run(resumable *self) {
    auto *me = static_cast<spawner *>(self);
    for (leaf *l = me->first; l != me->last; ++l)
      me->pool->post(asl::continuation(l));
  }

  ThreadPool *pool = nullptr;
  leaf *first = nullptr;
  leaf *last = nullptr;
};

// Leaves numbered 1..count, all reporting to `sum` and `done`.
std::vector<leaf> make_leaves(std::size_t count,
                              std::atomic<std::uint64_t> &sum, arrivals &done) {
  std::vector<leaf> leaves(count);
  for (std::size_t i = 0; i != count; ++i) {
    leaves[i].value = i + 1;
    leaves[i].sum = &sum;
    leaves[i].done = &done;
  }
  return leaves;
}

std::uint64_t sum_up_to(std::size_t n) {
  return static_cast<std::uint64_t>(n) * (n + 1) / 2;
}

TEST(ThreadPool, SizeIsTheNumberOfWorkers) {
  EXPECT_EQ(ThreadPool(1).size(), 1u);
  EXPECT_EQ(ThreadPool(3).size(), 3u);
}

TEST(ThreadPool, PostFromOutsideRunsOnAWorker) {
  struct probe : resumable {
    probe() : resumable{&run} {}
    static void run(resumable *self) {
      auto *me = static_cast<probe *>(self);
      me->ran_on = std::this_thread::get_id();
      me->done.arrive();
    }
    std::thread::id ran_on;
    arrivals done;
  } p;

  ThreadPool pool(2);
  pool.post(asl::continuation(&p));
  ASSERT_TRUE(p.done.wait_for(1, 10s));
  EXPECT_NE(p.ran_on, std::this_thread::get_id());
}

// Each node posts its two children from the worker it runs on.
TEST(ThreadPool, PostFromWorkersRunsTheWholeTree) {
  struct node : resumable {
    node() : resumable{&run} {}
    static void run(resumable *self) {
      auto *me = static_cast<node *>(self);
      me->sum->fetch_add(me->index, std::memory_order_relaxed);
      for (std::size_t child : {2 * me->index, 2 * me->index + 1})
        if (child <= me->tree->size() - 1)
          me->pool->post(asl::continuation(&(*me->tree)[child]));
      me->done->arrive();
    }
    std::size_t index = 0;
    std::vector<node> *tree = nullptr;
    ThreadPool *pool = nullptr;
    std::atomic<std::uint64_t> *sum = nullptr;
    arrivals *done = nullptr;
  };

  const std::size_t count = scaled(1 << 16);
  for (unsigned workers : {1u, 2u, 4u}) {
    SCOPED_TRACE(workers);
    std::atomic<std::uint64_t> sum{0};
    arrivals done;
    // Nodes 1..count of an implicit binary heap; slot 0 is unused.
    std::vector<node> tree(count + 1);
    // Declared last, so destroyed first: its workers may still be inside
    // done.arrive() when the wait below returns.
    ThreadPool pool(workers);
    for (std::size_t i = 1; i <= count; ++i) {
      tree[i].index = i;
      tree[i].tree = &tree;
      tree[i].pool = &pool;
      tree[i].sum = &sum;
      tree[i].done = &done;
    }
    pool.post(asl::continuation(&tree[1]));
    ASSERT_TRUE(done.wait_for(count, 30s)) << done.count() << " ran";
    EXPECT_EQ(sum.load(), sum_up_to(count));
  }
}

TEST(ThreadPool, ManyPostsFromOutsideAddUpAtEveryPoolSize) {
  const std::size_t count = scaled(200'000);
  for (unsigned workers : {1u, 2u, 8u}) {
    SCOPED_TRACE(workers);
    std::atomic<std::uint64_t> sum{0};
    arrivals done;
    std::vector<leaf> leaves = make_leaves(count, sum, done);
    ThreadPool pool(workers);
    for (leaf &l : leaves)
      pool.post(asl::continuation(&l));
    ASSERT_TRUE(done.wait_for(count, 30s)) << done.count() << " ran";
    EXPECT_EQ(sum.load(), sum_up_to(count));
  }
}

TEST(ThreadPool, ManyPostsFromWorkersAddUpAtEveryPoolSize) {
  const std::size_t count = scaled(200'000);
  const std::size_t per_spawner = 500;
  for (unsigned workers : {1u, 2u, 8u}) {
    SCOPED_TRACE(workers);
    std::atomic<std::uint64_t> sum{0};
    arrivals done;
    std::vector<leaf> leaves = make_leaves(count, sum, done);
    std::vector<spawner> spawners((count + per_spawner - 1) / per_spawner);
    ThreadPool pool(workers);
    for (std::size_t i = 0; i != spawners.size(); ++i) {
      spawners[i].pool = &pool;
      spawners[i].first = leaves.data() + i * per_spawner;
      spawners[i].last = leaves.data() + std::min(count, (i + 1) * per_spawner);
    }
    for (spawner &s : spawners)
      pool.post(asl::continuation(&s));
    ASSERT_TRUE(done.wait_for(count, 30s)) << done.count() << " ran";
    EXPECT_EQ(sum.load(), sum_up_to(count));
  }
}

// Busy-waits: sleep_for() overshoots by tens of microseconds, more than the
// window in which a worker goes from searching to parked.
void spin_for(std::chrono::nanoseconds gap) {
  auto until = std::chrono::steady_clock::now() + gap;
  while (std::chrono::steady_clock::now() < until) {
  }
}

// Lost wake-up detector. Bursts of work separated by idle gaps; most gaps
// sweep the few microseconds in which workers stop searching and park, and
// every eighth is long enough for all of them to be asleep. A watchdog fails
// the test when work is queued and nothing completes for seconds.
TEST(ThreadPool, NoWakeUpIsLostAcrossIdleGaps) {
  const std::size_t rounds = scaled(3000);
  for (unsigned workers : {1u, 2u, 4u}) {
    SCOPED_TRACE(workers);
    std::atomic<std::uint64_t> sum{0};
    arrivals done;
    // Each round posts one leaf from outside and a spawner that posts two
    // more from a worker, so both ways of posting must wake someone.
    std::vector<leaf> leaves = make_leaves(3 * rounds, sum, done);
    std::vector<spawner> spawners(rounds);
    std::atomic<std::size_t> posted{0};
    std::atomic<bool> finished{false};
    std::atomic<bool> stalled{false};
    ThreadPool pool(workers);

    std::thread watchdog([&] {
      std::size_t last = done.count();
      auto last_progress = std::chrono::steady_clock::now();
      // Relaxed: flags and counters are only compared, never used to
      // publish data.
      while (!finished.load(std::memory_order_relaxed)) {
        std::this_thread::sleep_for(50ms);
        std::size_t now = done.count();
        auto at = std::chrono::steady_clock::now();
        if (now != last || now >= posted.load(std::memory_order_relaxed)) {
          last = now;
          last_progress = at;
        } else if (at - last_progress > 3s) {
          stalled.store(true, std::memory_order_relaxed);
          done.abort();
          return;
        }
      }
    });

    for (std::size_t round = 0; round != rounds; ++round) {
      spawners[round].pool = &pool;
      spawners[round].first = &leaves[3 * round + 1];
      spawners[round].last = &leaves[3 * round + 3];
      posted.store(3 * (round + 1), std::memory_order_relaxed);
      pool.post(asl::continuation(&leaves[3 * round]));
      pool.post(asl::continuation(&spawners[round]));
      if (!done.wait_for(3 * (round + 1), 60s))
        break;
      if (round % 8 == 7)
        std::this_thread::sleep_for(1ms);
      else
        spin_for(std::chrono::nanoseconds(round * 7919 % 40'000));
    }
    finished.store(true, std::memory_order_relaxed);
    watchdog.join();

    ASSERT_FALSE(stalled.load())
        << "no progress for 3 s with " << posted.load() - done.count()
        << " continuations queued";
    EXPECT_EQ(sum.load(), sum_up_to(3 * rounds));
  }
}

double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

TEST(ThreadPool, IdleWorkersUseNoCpu) {
  // Run some work first so the workers have been awake and parked again.
  std::atomic<std::uint64_t> sum{0};
  arrivals done;
  std::vector<leaf> leaves = make_leaves(1000, sum, done);
  ThreadPool pool(4);
  for (leaf &l : leaves)
    pool.post(asl::continuation(&l));
  ASSERT_TRUE(done.wait_for(leaves.size(), 30s));
  std::this_thread::sleep_for(50ms);

  double before = process_cpu_seconds();
  std::this_thread::sleep_for(300ms);
  double used = process_cpu_seconds() - before;
  // Four spinning workers would burn up to 600 ms here (2 cores).
  EXPECT_LT(used, 0.030) << "CPU seconds used by an idle pool";
}

// Destroying the pool runs everything queued, including continuations
// that the queued work posts while the destructor waits.
TEST(ThreadPool, ShutdownRunsAllPendingWork) {
  struct chain : resumable {
    chain() : resumable{&run} {}
    static void run(resumable *self) {
      auto *me = static_cast<chain *>(self);
      me->ran->fetch_add(1, std::memory_order_relaxed);
      // Keep the workers busy long enough for the destructor to start.
      auto until = std::chrono::steady_clock::now() + 2us;
      while (std::chrono::steady_clock::now() < until) {
      }
      if (me->links_left-- > 0)
        me->pool->post(asl::continuation(me));
    }
    int links_left = 3;
    ThreadPool *pool = nullptr;
    std::atomic<std::size_t> *ran = nullptr;
  };

  const std::size_t count = scaled(20'000);
  for (unsigned workers : {1u, 2u, 8u}) {
    SCOPED_TRACE(workers);
    std::atomic<std::size_t> ran{0};
    std::vector<chain> chains(count);
    {
      ThreadPool pool(workers);
      for (chain &c : chains) {
        c.pool = &pool;
        c.ran = &ran;
        pool.post(asl::continuation(&c));
      }
    }
    EXPECT_EQ(ran.load(), 4 * count);
  }
}

// A continuation that keeps re-posting itself (a task looping on
// `co_await pool.schedule()`) must not starve older work, whether that work
// sits under it in the same deque or in the injection queue.
TEST(ThreadPool, SelfReschedulingWorkDoesNotStarveOtherWork) {
  struct flag_setter : resumable {
    flag_setter() : resumable{&run} {}
    static void run(resumable *self) {
      static_cast<flag_setter *>(self)->flag.store(true);
    }
    std::atomic<bool> flag{false};
  };
  struct yielder : resumable {
    yielder() : resumable{&run} {}
    static void run(resumable *self) {
      auto *me = static_cast<yielder *>(self);
      // Stop once both flags are set, or give up after a million turns.
      if ((me->local->flag.load() && me->outside->flag.load()) ||
          ++me->turns == 1'000'000) {
        me->done.arrive();
        return;
      }
      me->pool->post(asl::continuation(me));
    }
    ThreadPool *pool = nullptr;
    flag_setter *local = nullptr;
    flag_setter *outside = nullptr;
    int turns = 0;
    arrivals done;
  };
  struct starter : resumable {
    starter() : resumable{&run} {}
    static void run(resumable *self) {
      auto *me = static_cast<starter *>(self);
      // The flag setter goes under the yielder in this worker's deque.
      me->pool->post(asl::continuation(me->local));
      me->pool->post(asl::continuation(me->spin));
    }
    ThreadPool *pool = nullptr;
    flag_setter *local = nullptr;
    yielder *spin = nullptr;
  };

  flag_setter local, outside;
  yielder spin;
  starter start;
  ThreadPool pool(1);
  spin.pool = &pool;
  spin.local = &local;
  spin.outside = &outside;
  start.pool = &pool;
  start.local = &local;
  start.spin = &spin;
  pool.post(asl::continuation(&start));
  pool.post(asl::continuation(&outside));
  ASSERT_TRUE(spin.done.wait_for(1, 30s));
  EXPECT_TRUE(local.flag.load());
  EXPECT_TRUE(outside.flag.load());
  EXPECT_LT(spin.turns, 1'000'000);
}

// What async-lower makes of
//
//   for (int i = 0; i != hops; ++i) {
//     co_await pool.schedule();
//     record(std::this_thread::get_id());
//   }
//
// written by hand: the machine is its own continuation.
struct hopper : resumable {
  explicit hopper(int hops) : resumable{&step}, hops_(hops) {}

  // Runs the first step here, on the caller's thread, up to the first
  // suspension.
  void start(ThreadPool &pool) {
    pool_ = &pool;
    step(this);
  }

  static void step(resumable *self) {
    static_cast<hopper *>(self)->move_next();
  }

  void move_next() {
    if (state_ == 1) {
      awaiter_->await_resume();
      awaiter_.reset();
      threads.insert(std::this_thread::get_id());
      ++hops_done;
    }
    if (hops_done == hops_) {
      done.arrive();
      return;
    }
    awaiter_.emplace(pool_->schedule());
    if (!awaiter_->await_ready()) {
      state_ = 1;
      // The machine may run on a worker before this returns: touch nothing
      // after it.
      awaiter_->await_suspend(asl::continuation(this));
      return;
    }
  }

  ThreadPool *pool_ = nullptr;
  int hops_;
  int state_ = 0;
  std::optional<ThreadPool::schedule_awaiter> awaiter_;
  int hops_done = 0;
  std::set<std::thread::id> threads;
  arrivals done;
};

TEST(ThreadPool, HandWrittenMachineAwaitsSchedule) {
  for (unsigned workers : {1u, 2u, 4u}) {
    SCOPED_TRACE(workers);
    hopper machine(1000);
    ThreadPool pool(workers);
    machine.start(pool);
    ASSERT_TRUE(machine.done.wait_for(1, 30s)) << machine.hops_done << " hops";
    EXPECT_EQ(machine.hops_done, 1000);
    EXPECT_EQ(machine.threads.count(std::this_thread::get_id()), 0u);
    EXPECT_LE(machine.threads.size(), workers);
  }
}

// Many machines hopping at once exercise stealing of schedule() posts.
TEST(ThreadPool, ManyMachinesAwaitScheduleConcurrently) {
  const int hops = static_cast<int>(scaled(200));
  for (unsigned workers : {2u, 8u}) {
    SCOPED_TRACE(workers);
    std::vector<std::unique_ptr<hopper>> machines;
    for (int i = 0; i != 100; ++i)
      machines.push_back(std::make_unique<hopper>(hops));
    ThreadPool pool(workers);
    for (auto &m : machines)
      m->start(pool);
    for (auto &m : machines) {
      ASSERT_TRUE(m->done.wait_for(1, 30s)) << m->hops_done << " hops";
      EXPECT_EQ(m->hops_done, hops);
    }
  }
}

} // namespace
