// Destroying a suspended task destroys exactly the live lifted objects,
// innermost first, once; awaited subtask destroyed too.
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

ASL_ASYNC asl::Task<int> inner(int depth) {
  R a("inner" + std::to_string(depth));
  if (depth > 0) {
    R b("nest" + std::to_string(depth));
    co_return co_await inner(depth - 1) + 1;
  }
  co_await Gate{};
  std::printf("never\n");
  co_return 0;
}

ASL_ASYNC asl::Task<int> outer() {
  R top("top");
  std::vector<R> vec;
  vec.emplace_back("v0");
  vec.emplace_back("v1");
  {
    R gone("gone");
  }
  for (int i = 0; i < 3; ++i) {
    R loop("loop" + std::to_string(i));
    if (i == 1) {
      std::unique_ptr<R> p = std::make_unique<R>("heap");
      try {
        R intry("intry");
        co_return co_await inner(2);
      } catch (...) {
        std::printf("caught\n");
      }
    }
  }
  co_return -1;
}

int main() {
  {
    auto t = outer();
    std::printf("suspended, destroying\n");
  }
  std::printf("destroyed; pending=%zu\n", pending.size());
  pending.clear();
  std::printf("end\n");
}
