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
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

// Async recursion in three real shapes: a backtracking N-queens solver
// whose recursive await sits in a loop with continue and an early
// co_return, a tree fold where a deep node throws and intermediate frames
// clean up with guards, and mutual recursion (even/odd) across awaits.

static int g_nodes = 0;

ASL_ASYNC asl::Task<int> queens(std::vector<int> &cols, int row, int n,
                                int limit) {
  ++g_nodes;
  if (row == n)
    co_return 1;
  int found = 0;
  for (int c = 0; c < n; ++c) {
    bool ok = true;
    for (int r = 0; r < row && ok; ++r)
      ok = cols[r] != c && std::abs(cols[r] - c) != row - r;
    if (!ok)
      continue;
    cols[row] = c;
    found += co_await queens(cols, row + 1, n, limit - found);
    if (found >= limit)
      co_return found;
  }
  co_return found;
}

struct Tree {
  int v;
  std::vector<std::unique_ptr<Tree>> kids;
};

static std::unique_ptr<Tree> build(int depth, int v) {
  auto t = std::make_unique<Tree>();
  t->v = v;
  if (depth > 0)
    for (int i = 1; i <= 2; ++i)
      t->kids.push_back(build(depth - 1, v * 3 + i));
  return t;
}

ASL_ASYNC asl::Task<long> fold(const Tree &t, int bad, int depth) {
  std::string tag = "n" + std::to_string(t.v);
  Guard g(depth < 2 ? tag.c_str() : "deep");
  if (t.v == bad)
    throw std::runtime_error("bad node " + tag);
  long sum = co_await later(static_cast<long>(t.v));
  for (const auto &k : t.kids)
    sum += co_await fold(*k, bad, depth + 1) * (depth + 1);
  co_return sum;
}

ASL_ASYNC asl::Task<bool> is_odd(int n);
ASL_ASYNC asl::Task<bool> is_even(int n) {
  if (n == 0)
    co_return true;
  co_return co_await is_odd(n - 1);
}
ASL_ASYNC asl::Task<bool> is_odd(int n) {
  if (n == 0)
    co_return false;
  bool r = co_await later(n % 7 == 0) ? !co_await is_odd(n - 1) == false
                                      : co_await is_even(n - 1);
  co_return r;
}

ASL_ASYNC asl::Task<void> run() {
  for (int n : {4, 5, 6}) {
    std::vector<int> cols(n);
    g_nodes = 0;
    int all = co_await queens(cols, 0, n, 1000);
    int one = co_await queens(cols, 0, n, 1);
    std::printf("  queens(%d) = %d/%d, first %d%d, nodes %d\n", n, all, one,
                cols[0], cols[1], g_nodes);
  }
  auto t = build(3, 1);
  for (int bad : {0, 14, 5}) {
    try {
      std::printf("  fold %ld\n", co_await fold(*t, bad, 0));
    } catch (const std::exception &e) {
      std::printf("  fold failed: %s\n", e.what());
    }
  }
  for (int n : {0, 7, 10, 15})
    std::printf("  %d even=%d odd=%d\n", n, co_await is_even(n),
                co_await is_odd(n));
}

int main() {
  asl::Task<void> t = run();
  drain();
  asl::sync_wait(std::move(t));
}
