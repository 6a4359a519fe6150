// Iterators kept across awaits while erasing from a map in a loop; a
// reference to a map value used across awaits; find in an if-init.
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

ASL_ASYNC asl::Task<bool> expired(std::string key) {
  co_await Gate{};
  co_return key.size() % 2 == 1;
}

ASL_ASYNC asl::Task<int> sweep(std::map<std::string, int> &m) {
  int removed = 0;
  for (auto it = m.begin(); it != m.end();) {
    if (co_await expired(it->first)) {
      std::printf("erase %s\n", it->first.c_str());
      it = m.erase(it);
      ++removed;
    } else {
      int &v = it->second;
      co_await Gate{};
      v *= 10;
      ++it;
    }
  }
  if (auto f = m.find("bb"); f != m.end() && co_await expired("xx") == false)
    f->second += co_await val("bonus", 1);
  co_return removed;
}

int main() {
  std::map<std::string, int> m{{"a", 1}, {"bb", 2}, {"ccc", 3}, {"dd", 4}};
  auto t = sweep(m);
  drain();
  std::printf("removed %d\n", asl::sync_wait(std::move(t)));
  for (auto &[k, v] : m)
    std::printf("%s=%d\n", k.c_str(), v);
}
