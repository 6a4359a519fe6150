// An LRU cache of strings whose miss path awaits a loader; the cache is a
// class with a static hit counter and an async member using default args.
#include <asl/event.h>
#include <asl/task.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
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

class Lru {
public:
  explicit Lru(std::size_t cap) : cap_(cap) {}
  ASL_ASYNC asl::Task<std::string> get(int key, const char *why = "plain") {
    for (auto it = order_.begin(); it != order_.end(); ++it) {
      if (it->first == key) {
        ++hits;
        auto kv = *it;
        order_.erase(it);
        order_.push_front(kv);
        co_return kv.second;
      }
    }
    std::printf("miss %d (%s)\n", key, why);
    std::string v = co_await text("v" + std::to_string(key * key));
    order_.emplace_front(key, v);
    if (order_.size() > cap_) {
      std::printf("evict %d\n", order_.back().first);
      order_.pop_back();
    }
    co_return v;
  }
  static int hits;

private:
  std::size_t cap_;
  std::deque<std::pair<int, std::string>> order_;
};
int Lru::hits = 0;

ASL_ASYNC asl::Task<int> run() {
  Lru c(2);
  std::string all;
  for (int k : {1, 2, 1, 3, 2, 1})
    all += co_await c.get(k, k % 2 ? "odd" : "even") + ";";
  all += co_await c.get(3);
  std::printf("%s hits=%d\n", all.c_str(), Lru::hits);
  co_return Lru::hits;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
