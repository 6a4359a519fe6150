// h14: a resource pool with move-only results: Task<unique_ptr<T>>,
// Task<std::optional<unique_ptr<T>>>, Task<void>, a nested
// Task<Task<int>> (a task that returns a started task), a vector of
// unique_ptr moved across awaits, std::exchange of a move-only member.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// Our own scheduler: suspended awaits queue here, drain() resumes them
// in order, on this thread (deterministic output).
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
template <class T> [[maybe_unused]] static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// tick(): suspends once, yields nothing.
struct Tick {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  void await_resume() const noexcept {}
};
[[maybe_unused]] static Tick tick() { return {}; }
// A guard whose constructor and destructor print.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct Buffer {
  int id;
  std::vector<int> data;
  explicit Buffer(int i) : id(i), data(static_cast<std::size_t>(i), i) {}
  ~Buffer() { std::printf("  free buffer %d\n", id); }
};

class Pool {
public:
  ASL_ASYNC asl::Task<std::unique_ptr<Buffer>> make(int id) {
    co_await tick();
    co_return std::make_unique<Buffer>(id);
  }
  ASL_ASYNC asl::Task<std::optional<std::unique_ptr<Buffer>>> acquire() {
    co_await tick();
    if (free_.empty())
      co_return std::nullopt;
    auto b = std::move(free_.back());
    free_.pop_back();
    co_return std::optional<std::unique_ptr<Buffer>>(std::move(b));
  }
  ASL_ASYNC asl::Task<void> release(std::unique_ptr<Buffer> b) {
    co_await tick();
    std::printf("  release %d\n", b->id);
    free_.push_back(std::move(b));
  }
  ASL_ASYNC asl::Task<asl::Task<int>> start_sum(int id) {
    auto b = co_await make(id);
    co_return sum_later(std::move(b));
  }
  std::unique_ptr<Buffer> spare;

private:
  ASL_ASYNC static asl::Task<int> sum_later(std::unique_ptr<Buffer> b) {
    int s = 0;
    for (int v : b->data) {
      co_await tick();
      s += v;
    }
    co_return s;
  }
  std::vector<std::unique_ptr<Buffer>> free_;
};

ASL_ASYNC asl::Task<int> work(Pool &pool) {
  std::vector<std::unique_ptr<Buffer>> held;
  for (int i = 1; i <= 3; ++i)
    held.push_back(co_await pool.make(i));
  for (auto &b : held)
    co_await pool.release(std::move(b));
  held.clear();
  int got = 0;
  while (auto b = co_await pool.acquire()) {
    std::printf("  acquired %d\n", (*b)->id);
    got += (*b)->id;
    if (got > 4)
      break;
  }
  pool.spare = co_await pool.make(9);
  auto old = std::exchange(pool.spare, co_await pool.make(8));
  std::printf("  old spare %d, new %d\n", old->id, pool.spare->id);
  asl::Task<int> inner = co_await pool.start_sum(4);
  int s = co_await std::move(inner);
  int s2 = co_await co_await pool.start_sum(2);
  co_return got * 1000 + s * 10 + s2;
}

int main() {
  Pool pool;
  auto t = work(pool);
  drain();
  std::printf("work %d\n", asl::sync_wait(std::move(t)));
}
