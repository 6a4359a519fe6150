// A key-value store client with a write-behind buffer: class members of
// map/vector/optional types, awaits in member initialisation of locals,
// flush loops with erase, and an async destructor-like close().
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

class Store {
public:
  ASL_ASYNC asl::Task<void> put(std::string k, std::string v) {
    buffer_.emplace_back(std::move(k), std::move(v));
    if (buffer_.size() >= 2)
      co_await flush();
  }
  ASL_ASYNC asl::Task<std::optional<std::string>> get(const std::string k) {
    for (auto it = buffer_.rbegin(); it != buffer_.rend(); ++it)
      if (it->first == k)
        co_return it->second;
    co_await Gate{};
    if (auto f = disk_.find(k); f != disk_.end())
      co_return f->second;
    co_return std::nullopt;
  }
  ASL_ASYNC asl::Task<void> flush() {
    R r("flush" + std::to_string(buffer_.size()));
    while (!buffer_.empty()) {
      auto [k, v] = std::move(buffer_.front());
      buffer_.erase(buffer_.begin());
      co_await Gate{};
      disk_[k] = v;
      ++writes_;
    }
  }
  int writes() const { return writes_; }

private:
  std::vector<std::pair<std::string, std::string>> buffer_;
  std::map<std::string, std::string> disk_;
  int writes_ = 0;
};

ASL_ASYNC asl::Task<int> run() {
  Store s;
  co_await s.put("a", "1");
  auto a = co_await s.get("a");
  co_await s.put("b", "2");
  co_await s.put("a", "3");
  auto a2 = co_await s.get("a");
  auto z = co_await s.get("z");
  co_await s.flush();
  std::printf("a=%s a2=%s z=%s writes=%d\n", a.value_or("-").c_str(),
              a2.value_or("-").c_str(), z.value_or("-").c_str(), s.writes());
  co_return s.writes();
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
