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

ASL_ASYNC asl::Task<ChunkStats> scan_range(asl::ThreadPool &pool,
                                           std::thread::id caller, int lo,
                                           int hi) {
  co_await pool.schedule();
  ChunkStats stats;
  stats.on_worker = std::this_thread::get_id() != caller;
  for (int n = lo; n < hi; ++n) {
    if (is_prime(n)) {
      ++stats.primes;
      stats.sum += n;
    }
  }
  co_return stats;
}

// Splits its range in two halves that run as separate tasks, then joins them.
ASL_ASYNC asl::Task<ChunkStats> scan_chunk(asl::ThreadPool &pool,
                                           std::thread::id caller, int lo,
                                           int hi) {
  co_await pool.schedule();
  int mid = lo + (hi - lo) / 2;
  asl::Task<ChunkStats> left = scan_range(pool, caller, lo, mid);
  asl::Task<ChunkStats> right = scan_range(pool, caller, mid, hi);
  ChunkStats a = co_await std::move(left);
  ChunkStats b = co_await std::move(right);
  ChunkStats both;
  both.primes = a.primes + b.primes;
  both.sum = a.sum + b.sum;
  both.on_worker = a.on_worker && b.on_worker;
  co_return both;
}

ASL_ASYNC asl::Task<ChunkStats> count_primes(asl::ThreadPool &pool, int limit,
                                             int chunks,
                                             std::vector<int> &per_chunk) {
  std::thread::id caller = std::this_thread::get_id();
  std::vector<asl::Task<ChunkStats>> parts;
  int step = limit / chunks;
  for (int i = 0; i < chunks; ++i)
    parts.push_back(scan_chunk(pool, caller, i * step, (i + 1) * step));

  ChunkStats total;
  total.on_worker = true;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    ChunkStats part = co_await std::move(parts[i]);
    per_chunk.push_back(part.primes);
    total.primes += part.primes;
    total.sum += part.sum;
    total.on_worker = total.on_worker && part.on_worker;
  }
  co_return total;
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
