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
#include <map>
#include <string>
#include <vector>

// A generic memoizing loader: an async function template whose body keeps
// a non-generic coroutine lambda capturing its locals by reference across
// awaits, instantiated with int and std::string (each with its own
// machine); a class template whose async member uses a coroutine lambda
// capturing this; and an async member template given a lambda.

template <class T> static T convert(int i);
template <> int convert<int>(int i) { return i * i; }
template <> std::string convert<std::string>(int i) {
  return std::string(static_cast<size_t>(i), '*');
}

template <class T>
ASL_ASYNC asl::Task<std::vector<T>> load_range(int from, int to) {
  std::map<int, T> memo;
  int misses = 0;
  auto get = [&memo, &misses](int i) -> asl::Task<T> {
    auto it = memo.find(i);
    if (it != memo.end())
      co_return it->second;
    ++misses;
    T v = co_await later(convert<T>(i));
    memo.emplace(i, v);
    co_return v;
  };
  std::vector<T> out;
  for (int i = from; i < to; ++i) {
    out.push_back(co_await get(i));
    out.push_back(co_await get(i / 2));
  }
  std::printf("  %d misses, %zu memo\n", misses, memo.size());
  co_return out;
}

template <class K> class Registry {
public:
  std::map<K, int> counts;
  ASL_ASYNC asl::Task<int> add_all(std::vector<K> keys) {
    auto add = [this](const K &k) -> asl::Task<int> {
      co_await later(0);
      co_return ++counts[k];
    };
    int last = 0;
    for (const K &k : keys)
      last = co_await add(k);
    co_return last + static_cast<int>(counts.size()) * 100;
  }
  template <class F> ASL_ASYNC asl::Task<K> best(F score) {
    K best{};
    int top = -1;
    for (const auto &[k, n] : counts) {
      int s = co_await later(score(k, n));
      if (s > top) {
        top = s;
        best = k;
      }
    }
    co_return best;
  }
};

ASL_ASYNC asl::Task<void> run() {
  auto ints = co_await load_range<int>(2, 6);
  auto strs = co_await load_range<std::string>(1, 4);
  std::string s;
  for (int i : ints)
    s += std::to_string(i) + " ";
  for (const auto &x : strs)
    s += x + " ";
  std::printf("  %s\n", s.c_str());
  Registry<std::string> r;
  Registry<int> q;
  std::printf("  %d %d\n", co_await r.add_all({"a", "b", "a", "c", "a"}),
              co_await q.add_all({3, 1, 3}));
  std::string b = co_await r.best(
      [](const std::string &k, int n) { return n * 10 - k[0]; });
  int bi = co_await q.best([](int k, int n) { return n + k; });
  std::printf("  best %s %d\n", b.c_str(), bi);
}

int main() {
  asl::Task<void> t = run();
  drain();
  asl::sync_wait(std::move(t));
}
