// Retry loop: for(;;) with try/catch inside, co_return from the try, rethrow
// after the last attempt, RAII per attempt.
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

struct Flaky {
  int fails;
  int calls = 0;
  ASL_ASYNC asl::Task<std::string> call(int attempt) {
    R r("call" + std::to_string(attempt));
    co_await Gate{};
    if (++calls <= fails)
      throw std::runtime_error("fail #" + std::to_string(calls));
    co_return "ok@" + std::to_string(attempt);
  }
};

ASL_ASYNC asl::Task<std::string> with_retry(Flaky &f, int max) {
  R outer("retry");
  for (int attempt = 0;; ++attempt) {
    R per("attempt" + std::to_string(attempt));
    try {
      co_return co_await f.call(attempt);
    } catch (const std::runtime_error &e) {
      std::printf("caught %s\n", e.what());
      if (attempt + 1 >= max)
        throw;
    }
    co_await Gate{};
    std::printf("backoff done %d\n", attempt);
  }
}

int main() {
  Flaky a{2};
  auto t = with_retry(a, 5);
  drain();
  std::printf("A: %s\n", asl::sync_wait(std::move(t)).c_str());
  Flaky b{9};
  auto u = with_retry(b, 3);
  drain();
  try {
    asl::sync_wait(std::move(u));
  } catch (const std::exception &e) {
    std::printf("B failed: %s\n", e.what());
  }
}
