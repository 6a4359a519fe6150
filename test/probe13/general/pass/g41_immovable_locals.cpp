#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <mutex>
#include <string>
#include <vector>

// A connection pool port: locals of classes that cannot be moved, copied
// or default-constructed (a std::mutex member, a reference member, a
// const member), constructed in place from awaited arguments, kept across
// later awaits, bound to references, destroyed in reverse order; a const
// local built from an await; and an array of such objects built from a
// braced list with awaits.

struct Pool {
  std::mutex mu;
  std::string name;
  const int size;
  std::vector<int> free_ids;
  Pool(std::string n, int s) : name(std::move(n)), size(s) {
    for (int i = 0; i < size; ++i)
      free_ids.push_back(i);
    std::printf("  pool %s(%d)\n", name.c_str(), size);
  }
  Pool(const Pool &) = delete;
  Pool(Pool &&) = delete;
  ~Pool() { std::printf("  ~pool %s\n", name.c_str()); }
};

struct Lease {
  Pool &pool;
  int id;
  Lease(Pool &p, int) : pool(p), id(take(p)) {
    std::printf("  lease %s#%d\n", p.name.c_str(), id);
  }
  Lease(const Lease &) = delete;
  ~Lease() {
    std::lock_guard<std::mutex> g(pool.mu);
    pool.free_ids.push_back(id);
    std::printf("  release %s#%d\n", pool.name.c_str(), id);
  }
  static int take(Pool &p) {
    std::lock_guard<std::mutex> g(p.mu);
    int id = p.free_ids.back();
    p.free_ids.pop_back();
    return id;
  }
};

ASL_ASYNC asl::Task<std::string> cfg(const char *k) {
  co_return co_await later(std::string(k));
}
ASL_ASYNC asl::Task<int> num(int v) { co_return co_await later(v); }

ASL_ASYNC asl::Task<int> serve() {
  Pool db(co_await cfg("db"), co_await num(3));
  const std::string region = co_await cfg("eu") + "-1";
  Pool &ref = db;
  int used = 0;
  {
    Lease a(ref, co_await num(0));
    Lease b(db, co_await num(1));
    used += a.id + b.id;
    co_await later(0);
    Pool cache(region + co_await cfg(":cache"), co_await num(2));
    Lease c(cache, 0);
    used += c.id * 10;
  }
  Lease again[2] = {{db, co_await num(0)}, {db, co_await num(1)}};
  used += again[0].id * 100 + again[1].id * 1000;
  co_await later(0);
  std::printf("  free in db: %zu\n", db.free_ids.size());
  co_return used;
}

int main() {
  asl::Task<int> t = serve();
  drain();
  std::printf("used %d\n", asl::sync_wait(std::move(t)));
}
