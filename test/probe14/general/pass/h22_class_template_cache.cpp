// h22: a generic async cache Cache<K, V>: an async member template
// get_or_load(key, loader) given lambdas (a coroutine lambda and a
// functor), a const async lookup, a nested async helper, eviction
// order, instantiated with <int, std::string> and <std::string, long>.
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
#include <list>
#include <map>
#include <optional>
#include <string>

template <class K, class V> class Cache {
public:
  explicit Cache(std::size_t cap) : cap_(cap) {}
  template <class Loader>
  ASL_ASYNC asl::Task<V> get_or_load(const K &key, Loader load) {
    if (auto hit = co_await find(key)) {
      ++hits_;
      co_return *hit;
    }
    ++misses_;
    V v = co_await load(key);
    insert(key, v);
    co_return v;
  }
  ASL_ASYNC asl::Task<std::optional<V>> find(const K &key) const {
    co_await tick();
    auto it = map_.find(key);
    if (it == map_.end())
      co_return std::nullopt;
    co_return it->second;
  }
  int hits() const { return hits_; }
  int misses() const { return misses_; }

private:
  void insert(const K &key, const V &v) {
    if (map_.size() == cap_) {
      map_.erase(order_.front());
      order_.pop_front();
    }
    map_[key] = v;
    order_.push_back(key);
  }
  std::size_t cap_;
  std::map<K, V> map_;
  std::list<K> order_;
  int hits_ = 0, misses_ = 0;
};

struct LengthLoader {
  int *calls;
  ASL_ASYNC asl::Task<long> operator()(const std::string &k) const {
    ++*calls;
    co_await tick();
    co_return static_cast<long>(k.size()) * 1000;
  }
};

ASL_ASYNC asl::Task<std::string> run() {
  Cache<int, std::string> names(2);
  int loads = 0;
  auto loader = [&loads](int k) -> asl::Task<std::string> {
    ++loads;
    co_await tick();
    co_return "n" + std::to_string(k);
  };
  std::string out;
  for (int k : {1, 2, 1, 3, 1, 2})
    out += co_await names.get_or_load(k, loader) + " ";
  Cache<std::string, long> lens(3);
  int calls = 0;
  long total = 0;
  for (const char *w : {"aa", "bbb", "aa", "c"})
    total += co_await lens.get_or_load(w, LengthLoader{&calls});
  std::printf("  names hits %d misses %d loads %d\n", names.hits(),
              names.misses(), loads);
  std::printf("  lens hits %d misses %d calls %d total %ld\n", lens.hits(),
              lens.misses(), calls, total);
  co_return out;
}

int main() {
  auto t = run();
  drain();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
}
