// A cache class: awaits in if-init conditions, subscript assignment with an
// awaited right side, emplace with awaited argument, const member reading.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

class Cache {
public:
  explicit Cache(std::string name) : name_(std::move(name)) {}
  ASL_ASYNC asl::Task<int> get(const std::string key) {
    if (auto it = map_.find(key); it != map_.end()) {
      std::printf("%s hit %s\n", name_.c_str(), key.c_str());
      co_return it->second;
    }
    std::printf("%s miss %s\n", name_.c_str(), key.c_str());
    map_[key] = co_await load(key);
    co_return map_.at(key);
  }
  ASL_ASYNC asl::Task<bool> prefetch(std::string key) {
    auto [it, inserted] = map_.emplace(key, co_await load(key + "!"));
    std::printf("prefetch %s inserted=%d value=%d\n", it->first.c_str(),
                inserted, it->second);
    co_return inserted;
  }
  std::size_t size() const { return map_.size(); }

private:
  ASL_ASYNC asl::Task<int> load(std::string key) const {
    R r("load:" + key);
    co_await Gate{};
    co_return static_cast<int>(key.size()) * mult_;
  }
  const std::string name_;
  const int mult_ = 3;
  std::map<std::string, int> map_;
};

ASL_ASYNC asl::Task<int> use(Cache &c) {
  int a = co_await c.get("alpha");
  int b = co_await c.get("alpha");
  bool p = co_await c.prefetch("beta");
  bool q = co_await c.prefetch("beta");
  co_return a + b + p + q + static_cast<int>(c.size());
}

int main() {
  Cache c("L1");
  auto t = use(c);
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
