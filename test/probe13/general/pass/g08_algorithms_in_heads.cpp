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
#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

// Awaits feeding std algorithms inside loop heads: an init-capture that
// awaits in a predicate given to count_if in a while condition, an awaited
// bound in a for condition used by find_if, accumulate with an awaited
// initial value in a ternary, and sort with a comparator built from an
// awaited key, all re-evaluated on every iteration.

static int g_calls = 0;

ASL_ASYNC asl::Task<int> threshold(int round) {
  ++g_calls;
  co_return co_await later(round * 2);
}

ASL_ASYNC asl::Task<std::vector<int>> batch(int round) {
  std::vector<int> v;
  for (int i = 0; i < 5; ++i)
    v.push_back((i * 7 + round * 3) % 11);
  co_return co_await later(std::move(v));
}

ASL_ASYNC asl::Task<int> run() {
  std::vector<int> data{1, 5, 3, 9, 7, 2};
  int round = 0;
  while (std::count_if(data.begin(), data.end(),
                       [lim = co_await threshold(round)](int x) {
                         return x > lim;
                       }) > 1) {
    std::printf("  round %d: %d elements\n", round,
                static_cast<int>(data.size()));
    ++round;
  }
  for (int i = 0; std::find_if(data.begin(), data.end(), [&](int x) {
                    return x == i;
                  }) == data.end() &&
                  i < co_await later(6);
       i += co_await later(1)) {
    std::printf("  %d missing\n", i);
  }
  int acc = round > 2 ? std::accumulate(data.begin(), data.end(),
                                        co_await later(1000))
                      : std::accumulate(data.begin(), data.end(), 0);
  std::printf("  acc %d\n", acc);
  for (const auto &v : {co_await batch(1), co_await batch(2)}) {
    std::vector<int> w = v;
    int pivot = co_await later(5);
    std::sort(w.begin(), w.end(), [pivot](int a, int b) {
      return std::abs(a - pivot) < std::abs(b - pivot) ||
             (std::abs(a - pivot) == std::abs(b - pivot) && a < b);
    });
    std::string line;
    for (int x : w)
      line += std::to_string(x) + " ";
    std::printf("  sorted by distance to %d: %s\n", pivot, line.c_str());
  }
  std::vector<int> out(3);
  std::transform(data.begin(), data.begin() + 3, out.begin(),
                 [k = co_await later(10)](int x) { return x * k; });
  co_return std::accumulate(out.begin(), out.end(), 0) + g_calls;
}

int main() {
  asl::Task<int> t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
