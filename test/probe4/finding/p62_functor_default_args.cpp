// An async call operator, default arguments of async functions (literals,
// constructions), an async function taking a callback.
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

struct Fetcher {
  int calls = 0;
  ASL_ASYNC asl::Task<std::string> operator()(std::string url,
                                              int retries = 2) {
    ++calls;
    co_await Gate{};
    co_return url + "#" + std::to_string(retries);
  }
};
ASL_ASYNC asl::Task<int> sum_to(int n, int step = 1,
                                std::string label = "sum") {
  int s = 0;
  for (int i = 0; i <= n; i += step)
    s += co_await val(label.c_str(), i);
  co_return s;
}
ASL_ASYNC asl::Task<int> apply(std::function<int(int)> f, int v) {
  co_await Gate{};
  co_return f(v);
}

ASL_ASYNC asl::Task<int> run() {
  Fetcher fetch;
  std::string a = co_await fetch("/a");
  std::string b = co_await fetch("/b", 5);
  int s1 = co_await sum_to(3);
  int s2 = co_await sum_to(6, 3, "by3");
  int k = 7;
  int s3 = co_await apply([k](int v) { return v * k; }, 6);
  std::printf("%s %s %d %d %d calls=%d\n", a.c_str(), b.c_str(), s1, s2, s3,
              fetch.calls);
  co_return s1 + s2 + s3;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
