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
#include <list>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

// A cache with LRU eviction, ported to async: loads go through an async
// loader that may recurse (a value depends on others), failed loads throw
// across several awaits, eviction prints via destructors, iterators are
// held across awaits, and lookups use awaits in conditions and ternaries.

class Cache {
public:
  struct Slot {
    std::string key;
    int value;
    Slot(std::string k, int v) : key(std::move(k)), value(v) {}
    ~Slot() { std::printf("  evict %s=%d\n", key.c_str(), value); }
  };

  explicit Cache(size_t cap) : cap_(cap) {}
  ~Cache() { std::printf("  cache gone (%zu)\n", lru_.size()); }

  std::optional<int> peek(const std::string &k) {
    auto it = index_.find(k);
    if (it == index_.end())
      return std::nullopt;
    lru_.splice(lru_.begin(), lru_, it->second);
    return it->second->value;
  }

  ASL_ASYNC asl::Task<int> get(const std::string &key, int depth = 0) {
    if (auto hit = peek(key); hit)
      co_return *hit;
    std::printf("  %*smiss %s\n", depth * 2, "", key.c_str());
    int v = co_await load(key, depth);
    insert(key, v);
    co_return v;
  }

private:
  ASL_ASYNC asl::Task<int> load(std::string key, int depth) {
    Guard g(key.c_str());
    if (key.empty())
      throw std::invalid_argument("empty key");
    if (key == "boom")
      throw std::runtime_error("cannot load boom");
    // "ab" = get("a") * 10 + get("b")
    int v = key.size() == 1
                ? co_await later(static_cast<int>(key[0] - 'a' + 1))
                : co_await get(key.substr(0, key.size() - 1), depth + 1) *
                          10 +
                      co_await get(key.substr(key.size() - 1), depth + 1);
    co_return v;
  }
  void insert(const std::string &k, int v) {
    if (index_.count(k))
      return;
    lru_.emplace_front(k, v);
    index_[k] = lru_.begin();
    while (lru_.size() > cap_) {
      auto last = std::prev(lru_.end());
      index_.erase(last->key);
      lru_.pop_back();
    }
  }
  size_t cap_;
  std::list<Slot> lru_;
  std::map<std::string, std::list<Slot>::iterator> index_;
};

ASL_ASYNC asl::Task<int> workload(Cache &c) {
  int total = 0;
  const char *keys[] = {"ab", "abc", "b", "", "boom", "ca", "ab"};
  for (const char *k : keys) {
    try {
      int v = co_await c.get(k);
      total += v > 100 ? v / 100 : v;
      std::printf("  %s -> %d\n", k, v);
    } catch (const std::invalid_argument &e) {
      std::printf("  invalid: %s\n", e.what());
    } catch (const std::exception &e) {
      std::printf("  failed: %s\n", e.what());
      continue;
    }
    if (c.peek("a") && co_await later(true))
      std::printf("  a is cached\n");
  }
  co_return total;
}

int main() {
  auto c = std::make_unique<Cache>(3);
  asl::Task<int> t = workload(*c);
  drain();
  std::printf("total %d\n", asl::sync_wait(std::move(t)));
  c.reset();
}
