// Braced and aggregate initialisers with awaits: nested aggregates, arrays,
// std::array, members that are classes with side effects, vectors of R.
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

#include <array>
struct Header {
  std::string key;
  std::string value;
};
struct Request {
  std::string method;
  std::vector<Header> headers;
  R body;
  int port;
};

ASL_ASYNC asl::Task<Request> build() {
  Request rq{co_await str("m", "GET"),
             {{"host", co_await str("h", "example")},
              {co_await str("k", "accept"), "json"}},
             R(co_await str("b", "body")),
             co_await val("port", 8080)};
  int arr[3] = {side("a0", 0), co_await val("a1", 1), side("a2", 2)};
  std::array<R, 2> rs{R("first"), R(co_await str("second", "second"))};
  std::printf("arr %d%d%d rs %s %s\n", arr[0], arr[1], arr[2],
              rs[0].name().c_str(), rs[1].name().c_str());
  co_return rq;
}

int main() {
  auto t = build();
  drain();
  Request r = asl::sync_wait(std::move(t));
  std::printf("%s %zu %s:%s %s:%s %s %d\n", r.method.c_str(),
              r.headers.size(), r.headers[0].key.c_str(),
              r.headers[0].value.c_str(), r.headers[1].key.c_str(),
              r.headers[1].value.c_str(), r.body.name().c_str(), r.port);
}
