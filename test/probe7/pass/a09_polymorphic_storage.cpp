// Polymorphic async interfaces: a Storage interface with async virtual
// members, a memory backend, a decorator that logs, a decorator that caches,
// and a mirror that writes to two backends; called through unique_ptr.
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

class Storage {
public:
  virtual ~Storage() = default;
  virtual asl::Task<std::optional<std::string>> read(std::string key) = 0;
  virtual asl::Task<void> write(std::string key, std::string value) = 0;
  virtual std::string name() const = 0;
};

class Memory final : public Storage {
  std::map<std::string, std::string> data_;
  std::string tag_;

public:
  explicit Memory(std::string tag) : tag_(std::move(tag)) {}
  ASL_ASYNC asl::Task<std::optional<std::string>>
  read(std::string key) override {
    co_await Hold{};
    auto it = data_.find(key);
    if (it == data_.end())
      co_return std::nullopt;
    co_return it->second;
  }
  ASL_ASYNC asl::Task<void> write(std::string key, std::string value) override {
    co_await Hold{};
    data_[std::move(key)] = std::move(value);
  }
  std::string name() const override { return "mem:" + tag_; }
};

class Logged : public Storage {
  std::unique_ptr<Storage> inner_;

public:
  explicit Logged(std::unique_ptr<Storage> s) : inner_(std::move(s)) {}
  ASL_ASYNC asl::Task<std::optional<std::string>>
  read(std::string key) override {
    std::printf("[%s] read %s\n", inner_->name().c_str(), key.c_str());
    auto v = co_await inner_->read(key);
    std::printf("[%s] read %s -> %s\n", inner_->name().c_str(), key.c_str(),
                v ? v->c_str() : "(none)");
    co_return v;
  }
  ASL_ASYNC asl::Task<void> write(std::string key, std::string value) override {
    std::printf("[%s] write %s=%s\n", inner_->name().c_str(), key.c_str(),
                value.c_str());
    co_await inner_->write(std::move(key), std::move(value));
  }
  std::string name() const override { return "log(" + inner_->name() + ")"; }
};

class Cached : public Storage {
  std::unique_ptr<Storage> inner_;
  std::map<std::string, std::optional<std::string>> memo_;

public:
  int hits = 0;
  explicit Cached(std::unique_ptr<Storage> s) : inner_(std::move(s)) {}
  ASL_ASYNC asl::Task<std::optional<std::string>>
  read(std::string key) override {
    if (auto it = memo_.find(key); it != memo_.end()) {
      ++hits;
      co_return it->second;
    }
    std::optional<std::string> v = co_await inner_->read(key);
    memo_.emplace(key, v);
    co_return v;
  }
  ASL_ASYNC asl::Task<void> write(std::string key, std::string value) override {
    memo_.erase(key);
    co_await inner_->write(key, value);
  }
  std::string name() const override { return "cache(" + inner_->name() + ")"; }
};

class Mirror : public Storage {
  std::unique_ptr<Storage> a_, b_;

public:
  Mirror(std::unique_ptr<Storage> a, std::unique_ptr<Storage> b)
      : a_(std::move(a)), b_(std::move(b)) {}
  ASL_ASYNC asl::Task<std::optional<std::string>>
  read(std::string key) override {
    auto v = co_await a_->read(key);
    if (!v)
      v = co_await b_->read(key);
    co_return v;
  }
  ASL_ASYNC asl::Task<void> write(std::string key, std::string value) override {
    co_await asl::when_all(a_->write(key, value), b_->write(key, value + "'"));
  }
  std::string name() const override {
    return "mirror(" + a_->name() + "," + b_->name() + ")";
  }
};

ASL_ASYNC asl::Task<void> exercise(Storage &s) {
  std::printf("== %s\n", s.name().c_str());
  co_await s.write("k1", "one");
  for (const char *k : {"k1", "k2", "k1"}) {
    std::optional<std::string> v = co_await s.read(k);
    std::printf("%s => %s\n", k, v.value_or("-").c_str());
  }
}

int main() {
  std::vector<std::unique_ptr<Storage>> all;
  all.push_back(std::make_unique<Memory>("plain"));
  all.push_back(std::make_unique<Logged>(std::make_unique<Memory>("x")));
  auto cached = std::make_unique<Cached>(
      std::make_unique<Logged>(std::make_unique<Memory>("y")));
  Cached *c = cached.get();
  all.push_back(std::move(cached));
  all.push_back(std::make_unique<Mirror>(
      std::make_unique<Memory>("m1"),
      std::make_unique<Logged>(std::make_unique<Memory>("m2"))));
  for (auto &s : all) {
    auto t = exercise(*s);
    pump();
    asl::sync_wait(std::move(t));
  }
  std::printf("hits %d\n", c->hits);
}
