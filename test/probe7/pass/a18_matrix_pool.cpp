// Parallel blocked matrix multiply on the thread pool: one task per row
// block hops onto a worker, results joined with when_all over a vector,
// checksum compared with the serial product; run with 1, 2 and 4 workers.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>
#include <asl/channel.h>
#include <asl/mutex.h>
#include <asl/thread_pool.h>
#include <asl/timer_queue.h>
#include <asl/cancellation.h>

#include <algorithm>
#include <any>
#include <array>
#include <bitset>
#include <chrono>
#include <complex>
#include <iostream>
#include <list>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <queue>
#include <numeric>
#include <cctype>
#include <mutex>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// T prints its life; a moved-from T is silent, so extra moves do not show.
struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  T(const T &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  T &operator=(const T &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  T &operator=(T &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~T() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Hold suspends; pump() resumes the suspended tasks in order.
static std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void pump() {
  while (!parked.empty()) {
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> num(const char *tag, int v) {
  std::printf("num %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::string> text(std::string v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<bool> yes(const char *tag, bool v) {
  std::printf("yes %s\n", tag);
  co_await Hold{};
  co_return v;
}

using Matrix = std::vector<std::vector<long>>;

Matrix make(int n, int seed) {
  Matrix m(n, std::vector<long>(n));
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j)
      m[i][j] = (i * 7 + j * 3 + seed) % 11 - 5;
  return m;
}

ASL_ASYNC asl::Task<int> rows(asl::ThreadPool &pool, const Matrix &a,
                              const Matrix &b, Matrix &c, int lo, int hi) {
  co_await pool.schedule();
  int n = static_cast<int>(a.size());
  for (int i = lo; i < hi; ++i)
    for (int k = 0; k < n; ++k) {
      long aik = a[i][k];
      for (int j = 0; j < n; ++j)
        c[i][j] += aik * b[k][j];
    }
  co_return hi - lo;
}

ASL_ASYNC asl::Task<long> multiply(asl::ThreadPool &pool, Matrix a, Matrix b,
                                   int blocks) {
  int n = static_cast<int>(a.size());
  Matrix c(n, std::vector<long>(n, 0));
  std::vector<asl::Task<int>> parts;
  int step = (n + blocks - 1) / blocks;
  for (int lo = 0; lo < n; lo += step)
    parts.push_back(rows(pool, a, b, c, lo, std::min(n, lo + step)));
  std::vector<int> done = co_await asl::when_all(std::move(parts));
  long rows_done = std::accumulate(done.begin(), done.end(), 0L);
  long sum = 0;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j)
      sum += c[i][j] * ((i + 2 * j) % 5 + 1);
  co_return sum * 1000 + rows_done;
}

long serial(const Matrix &a, const Matrix &b) {
  int n = static_cast<int>(a.size());
  long sum = 0;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      long v = 0;
      for (int k = 0; k < n; ++k)
        v += a[i][k] * b[k][j];
      sum += v * ((i + 2 * j) % 5 + 1);
    }
  return sum * 1000 + n;
}

int main() {
  Matrix a = make(48, 1), b = make(48, 4);
  long want = serial(a, b);
  for (unsigned w : {1u, 2u, 4u}) {
    asl::ThreadPool pool(w);
    for (int blocks : {1, 5, 48}) {
      long got = asl::sync_wait(multiply(pool, a, b, blocks));
      std::printf("workers %u blocks %d: %ld %s\n", w, blocks, got,
                  got == want ? "ok" : "MISMATCH");
    }
  }
}
