// Checks fan-out/fan-in on the thread pool: chunks hop onto workers, split
// again into nested tasks there, and are joined by awaiting each task in
// order, at one, two and four workers, always with the same result.
#include <asl/task.h>

#include <iostream>
#include <thread>
#include <vector>

struct ChunkStats {
  int primes = 0;
  long long sum = 0;
  bool on_worker = false;
};

bool is_prime(int n) {
  if (n < 2)
    return false;
  for (int d = 2; d * d <= n; ++d)
    if (n % d == 0)
      return false;
  return true;
}

// The state machine of scan_range(), line 25. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct scan_range_machine {
  scan_range_machine(asl::ThreadPool &pool, std::thread::id &caller, int &lo,
                     int &hi)
      : pool(pool), caller(std::move(caller)), lo(std::move(lo)),
        hi(std::move(hi)) {}
  ~scan_range_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::ThreadPool::schedule_awaiter, int,
                       std::thread::id> &&
      !asl::usually_suspends<asl::ThreadPool::schedule_awaiter>;

  asl::task_builder<ChunkStats> builder_;
  asl::ThreadPool &pool;
  std::thread::id caller;
  union {
    asl::ThreadPool::schedule_awaiter awaiter0_;
  };
  int lo;
  int hi;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<ChunkStats>
scan_range(asl::ThreadPool &pool, std::thread::id caller, int lo, int hi) {
  return asl::start<scan_range_machine>(pool, caller, lo, hi);
}

inline void scan_range_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await pool.schedule() (line 28)
      ::new (asl::place(awaiter0_))
          asl::ThreadPool::schedule_awaiter(pool.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      ChunkStats stats;
      stats.on_worker = std::this_thread::get_id() != caller;
      for (int n = lo; n < hi; ++n) {
        if (is_prime(n)) {
          ++stats.primes;
          stats.sum += n;
        }
      }
      builder_.set_result(std::move(stats));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// Splits its range in two halves that run as separate tasks, then joins them.
// The state machine of scan_chunk(), line 41. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct scan_chunk_machine {
  scan_chunk_machine(asl::ThreadPool &pool, std::thread::id &caller, int &lo,
                     int &hi)
      : pool(pool), caller(std::move(caller)), lo(std::move(lo)),
        hi(std::move(hi)) {}
  ~scan_chunk_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'left' may be kept
  // (line 48).
  static constexpr bool relocatable = false;

  asl::task_builder<ChunkStats> builder_;
  asl::ThreadPool &pool;
  std::thread::id caller;
  union {
    asl::Task<ChunkStats> left;
  };
  union {
    asl::Task<ChunkStats> right;
  };
  union {
    ChunkStats a;
  };
  union {
    asl::ThreadPool::schedule_awaiter awaiter0_;
    asl::task_awaiter<ChunkStats> awaiter1_;
    asl::task_awaiter<ChunkStats> awaiter2_;
  };
  int lo;
  int hi;
  int mid;
  int state_ = -1;
  bool left_live_ = false;
  bool right_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(right, right_live_);
    asl::destroy(left, left_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<ChunkStats>
scan_chunk(asl::ThreadPool &pool, std::thread::id caller, int lo, int hi) {
  return asl::start<scan_chunk_machine>(pool, caller, lo, hi);
}

inline void scan_chunk_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      // co_await pool.schedule() (line 44)
      ::new (asl::place(awaiter0_))
          asl::ThreadPool::schedule_awaiter(pool.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      mid = lo + (hi - lo) / 2;

      ::new (asl::place(left))
          asl::Task<ChunkStats>(scan_range(pool, caller, lo, mid));
      left_live_ = true;

      ::new (asl::place(right))
          asl::Task<ChunkStats>(scan_range(pool, caller, mid, hi));
      right_live_ = true;

      // co_await std::move(left) (line 48)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<ChunkStats>(asl::get_awaiter(std::move(left)));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(a)) ChunkStats(awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await std::move(right) (line 49)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<ChunkStats>(asl::get_awaiter(std::move(right)));
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ChunkStats b = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      ChunkStats both;
      both.primes = a.primes + b.primes;
      both.sum = a.sum + b.sum;
      both.on_worker = a.on_worker && b.on_worker;
      builder_.set_result(std::move(both));
      asl::destroy(right, right_live_);
      asl::destroy(left, left_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of count_primes(), line 57. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct count_primes_machine {
  count_primes_machine(asl::ThreadPool &pool, int &limit, int &chunks,
                       std::vector<int> &per_chunk)
      : pool(pool), per_chunk(per_chunk), limit(std::move(limit)),
        chunks(std::move(chunks)) {}
  ~count_primes_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'parts' may be kept
  // (line 64).
  static constexpr bool relocatable = false;

  asl::task_builder<ChunkStats> builder_;
  asl::ThreadPool &pool;
  std::vector<int> &per_chunk;
  union {
    std::thread::id caller;
  };
  union {
    std::vector<asl::Task<ChunkStats>> parts;
  };
  union {
    ChunkStats total;
  };
  std::size_t i1;
  union {
    asl::task_awaiter<ChunkStats> awaiter0_;
  };
  int limit;
  int chunks;
  int step;
  int state_ = -1;
  bool parts_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(parts, parts_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<ChunkStats> count_primes(asl::ThreadPool &pool, int limit,
                                             int chunks,
                                             std::vector<int> &per_chunk) {
  return asl::start<count_primes_machine>(pool, limit, chunks, per_chunk);
}

inline void count_primes_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(caller)) std::thread::id(std::this_thread::get_id());

      ::new (asl::place(parts)) std::vector<asl::Task<ChunkStats>>;
      parts_live_ = true;

      step = limit / chunks;

      for (int i = 0; i < chunks; ++i)
        parts.push_back(scan_chunk(pool, caller, i * step, (i + 1) * step));

      ::new (asl::place(total)) ChunkStats;

      total.on_worker = true;
      for (i1 = 0; i1 < parts.size(); ++i1) {
        // co_await std::move(parts[i]) (line 69)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<ChunkStats>(
            asl::get_awaiter(std::move(parts[i1])));
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ChunkStats part = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        per_chunk.push_back(part.primes);
        total.primes += part.primes;
        total.sum += part.sum;
        total.on_worker = total.on_worker && part.on_worker;
      }
      builder_.set_result(std::move(total));
      asl::destroy(parts, parts_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  const unsigned sizes[] = {1, 2, 4};
  for (unsigned workers : sizes) {
    asl::ThreadPool pool{workers};
    std::vector<int> per_chunk;
    ChunkStats total = asl::sync_wait(count_primes(pool, 200000, 8, per_chunk));
    std::cout << "pool of " << pool.size() << ": " << total.primes
              << " primes, sum " << total.sum
              << ", all on workers: " << total.on_worker << "\n";
    std::cout << "  per chunk:";
    for (int count : per_chunk)
      std::cout << " " << count;
    std::cout << "\n";
  }

  asl::ThreadPool pool{2};
  std::vector<int> small;
  ChunkStats tiny = asl::sync_wait(count_primes(pool, 100, 4, small));
  std::cout << "primes below 100: " << tiny.primes << ", sum " << tiny.sum
            << "\n";
}
