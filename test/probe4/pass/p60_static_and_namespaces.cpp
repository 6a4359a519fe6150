// Async static members, functions in namespaces and overloads, calls through
// qualified names and an inline namespace.
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

namespace net {
namespace v1 {
struct Dns {
  ASL_ASYNC static asl::Task<std::string> resolve(std::string host) {
    co_await Gate{};
    co_return host + ".ip";
  }
};
ASL_ASYNC asl::Task<int> connect(std::string ip) {
  co_await Gate{};
  co_return static_cast<int>(ip.size());
}
ASL_ASYNC asl::Task<int> connect(std::string ip, int port) {
  int n = co_await connect(ip);
  co_return n * 1000 + port;
}
} // namespace v1
inline namespace v2 {
ASL_ASYNC asl::Task<int> ping(int n) {
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += co_await val("ping", i);
  co_return s;
}
} // namespace v2
} // namespace net

ASL_ASYNC asl::Task<int> run() {
  std::string ip = co_await net::v1::Dns::resolve("host");
  int c = co_await net::v1::connect(ip, 80);
  co_return c + co_await net::ping(3);
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
