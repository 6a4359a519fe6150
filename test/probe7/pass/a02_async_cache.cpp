// A read-through cache with async loads: concurrent misses for one key share
// one load (waiters park on an Event), eviction by a small LRU list, and
// a load that fails is not cached and is retried by the next reader.
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

class Cache {
  struct Entry {
    std::optional<std::string> value;
    std::shared_ptr<asl::Event> ready;
    std::string error;
  };
  std::map<int, Entry> entries_;
  std::list<int> lru_;
  std::size_t capacity_;
  int loads_ = 0;

  ASL_ASYNC asl::Task<std::string> load(int key) {
    ++loads_;
    std::printf("load %d\n", key);
    co_await Hold{};
    if (key % 7 == 0)
      throw std::invalid_argument("bad key " + std::to_string(key));
    co_return "v" + std::to_string(key * key);
  }
  void touch(int key) {
    lru_.remove(key);
    lru_.push_front(key);
    while (lru_.size() > capacity_) {
      std::printf("evict %d\n", lru_.back());
      entries_.erase(lru_.back());
      lru_.pop_back();
    }
  }

public:
  explicit Cache(std::size_t cap) : capacity_(cap) {}
  int loads() const { return loads_; }

  ASL_ASYNC asl::Task<std::string> get(int key) {
    auto it = entries_.find(key);
    if (it != entries_.end()) {
      if (!it->second.value) {
        std::shared_ptr<asl::Event> ev = it->second.ready;
        co_await *ev;
        it = entries_.find(key);
        if (it == entries_.end() || !it->second.value)
          throw std::runtime_error("shared load failed for " +
                                   std::to_string(key));
      }
      touch(key);
      co_return *it->second.value;
    }
    auto ev = std::make_shared<asl::Event>();
    entries_[key].ready = ev;
    try {
      std::string v = co_await load(key);
      entries_[key].value = v;
      touch(key);
      ev->set();
      co_return v;
    } catch (...) {
      entries_.erase(key);
      ev->set();
      throw;
    }
  }
};

ASL_ASYNC asl::Task<void> reader(Cache &c, const char *who,
                                 std::vector<int> keys) {
  for (int k : keys) {
    try {
      std::string v = co_await c.get(k);
      std::printf("%s got %d=%s\n", who, k, v.c_str());
    } catch (const std::exception &e) {
      std::printf("%s failed %d: %s\n", who, k, e.what());
    }
  }
}

int main() {
  Cache c(3);
  auto a = reader(c, "A", {1, 2, 7, 3, 1});
  auto b = reader(c, "B", {1, 2, 7, 4, 2});
  pump();
  asl::sync_wait(std::move(a));
  asl::sync_wait(std::move(b));
  auto d = reader(c, "C", {3, 4, 1, 5, 14});
  pump();
  asl::sync_wait(std::move(d));
  std::printf("loads %d\n", c.loads());
}
