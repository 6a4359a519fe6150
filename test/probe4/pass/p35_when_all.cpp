// when_all with structured bindings of the awaited tuple, when_all over a
// vector, a failure among them, RAII in the workers.
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

#include <asl/when_all.h>
ASL_ASYNC asl::Task<std::string> user(int id) {
  R r("user" + std::to_string(id));
  co_await Gate{};
  co_return "user" + std::to_string(id);
}
ASL_ASYNC asl::Task<int> feed(int id) {
  co_await Gate{};
  if (id < 0)
    throw std::runtime_error("no feed");
  co_return id * 7;
}

ASL_ASYNC asl::Task<int> page(int id) {
  auto [u, f] = co_await asl::when_all(user(id), feed(id));
  std::printf("page %s %d\n", u.c_str(), f);
  std::vector<asl::Task<int>> fs;
  for (int i = 0; i < 3; ++i)
    fs.push_back(feed(id + i));
  int sum = 0;
  for (int v : co_await asl::when_all(std::move(fs)))
    sum += v;
  co_return sum + f;
}

int main() {
  auto t = page(2);
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  auto u = page(-1);
  drain();
  try {
    asl::sync_wait(std::move(u));
  } catch (const std::exception &e) {
    std::printf("failed: %s\n", e.what());
  }
}
