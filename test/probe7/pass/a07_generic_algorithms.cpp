// Generic algorithms over tasks: map/filter/reduce over vectors of tasks with
// when_all, a concurrency-limited map, and a sequential fold, as templates
// taking callables that return tasks.
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

template <class F, class T>
ASL_ASYNC asl::Task<std::vector<int>> map_async(const std::vector<T> &in, F f) {
  std::vector<asl::Task<int>> tasks;
  tasks.reserve(in.size());
  for (const T &x : in)
    tasks.push_back(f(x));
  co_return co_await asl::when_all(std::move(tasks));
}

template <class Pred>
ASL_ASYNC asl::Task<std::vector<int>> filter_async(std::vector<int> in,
                                                   Pred keep) {
  std::vector<int> out;
  for (int x : in)
    if (co_await keep(x))
      out.push_back(x);
  co_return out;
}

template <class F>
ASL_ASYNC asl::Task<long> fold_async(const std::vector<int> &in, long init,
                                     F f) {
  long acc = init;
  for (std::size_t i = 0; i < in.size(); ++i)
    acc = co_await f(acc, in[i]);
  co_return acc;
}

// At most `width` tasks in flight: start a window, await the oldest.
template <class F>
ASL_ASYNC asl::Task<std::vector<int>> map_limited(std::vector<int> in,
                                                  std::size_t width, F f) {
  std::deque<asl::Task<int>> window;
  std::vector<int> out;
  for (int x : in) {
    if (window.size() == width) {
      out.push_back(co_await std::move(window.front()));
      window.pop_front();
    }
    window.push_back(f(x));
  }
  while (!window.empty()) {
    out.push_back(co_await std::move(window.front()));
    window.pop_front();
  }
  co_return out;
}

ASL_ASYNC asl::Task<int> square(int x) {
  co_await Hold{};
  co_return x *x;
}
ASL_ASYNC asl::Task<bool> is_odd(int x) {
  co_await Hold{};
  co_return x % 2 != 0;
}
ASL_ASYNC asl::Task<long> add_weighted(long acc, int x) {
  co_await Hold{};
  co_return acc * 3 + x;
}
int in_flight = 0, peak = 0;
ASL_ASYNC asl::Task<int> tracked(int x) {
  peak = std::max(peak, ++in_flight);
  co_await Hold{};
  --in_flight;
  co_return x + 100;
}

ASL_ASYNC asl::Task<void> demo() {
  std::vector<std::string> words{"a", "bb", "ccc", "dddd"};
  auto lens =
      co_await map_async(words, [](const std::string &w) -> asl::Task<int> {
        co_await Hold{};
        co_return static_cast<int>(w.size()) * 10;
      });
  std::vector<int> nums{1, 2, 3, 4, 5, 6, 7};
  auto sq = co_await map_async(nums, square);
  auto odd = co_await filter_async(sq, is_odd);
  long folded = co_await fold_async(odd, 0, add_weighted);
  auto lim = co_await map_limited(nums, 3, tracked);
  for (int v : lens)
    std::printf("%d ", v);
  std::printf("|");
  for (int v : odd)
    std::printf(" %d", v);
  std::printf(" | %ld |", folded);
  for (int v : lim)
    std::printf(" %d", v);
  std::printf(" | peak %d\n", peak);
}

int main() {
  auto t = demo();
  pump();
  asl::sync_wait(std::move(t));
}
