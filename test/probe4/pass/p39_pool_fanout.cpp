// Fan-out on a ThreadPool: each task hops to a worker, computes, results
// collected in order; printing happens only on the main side after joins.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

#include <asl/thread_pool.h>
#include <atomic>
static std::atomic<int> live{0};
struct Counted {
  Counted() { ++live; }
  ~Counted() { --live; }
};

ASL_ASYNC asl::Task<long> crunch(asl::ThreadPool &pool, int n) {
  Counted c;
  co_await pool.schedule();
  long s = 0;
  for (int i = 0; i <= n; ++i)
    s += i;
  std::vector<int> scratch(static_cast<std::size_t>(n % 50 + 1), n);
  co_await pool.schedule();
  co_return s + scratch.back();
}

ASL_ASYNC asl::Task<long> all(asl::ThreadPool &pool) {
  std::vector<asl::Task<long>> ts;
  for (int i = 0; i < 64; ++i)
    ts.push_back(crunch(pool, i * 100));
  long total = 0;
  for (auto &t : ts)
    total += co_await std::move(t);
  co_return total;
}

int main() {
  asl::ThreadPool pool(2);
  long r = asl::sync_wait(all(pool));
  std::printf("total %ld live %d\n", r, live.load());
}
