// Catching class exceptions by value, throwing a lifted local, throw; of a
// by-value handler's object, and a task that throws before its first
// suspension (the exception is kept in the task until awaited).
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

struct AppError {
  R tag;
  int code;
};
ASL_ASYNC asl::Task<int> early(int code) {
  if (code)
    throw AppError{R("early" + std::to_string(code)), code};
  co_await Gate{};
  co_return 0;
}

ASL_ASYNC asl::Task<int> run() {
  int sum = 0;
  asl::Task<int> pending_task = early(3);
  std::printf("early task created, ready=%d\n", pending_task.is_ready());
  try {
    co_await pending_task;
  } catch (AppError e) {
    std::printf("caught by value %s %d\n", e.tag.name().c_str(), e.code);
    sum += e.code;
  }
  AppError local{R("local"), 7};
  co_await Gate{};
  try {
    try {
      throw local;
    } catch (AppError &e) {
      e.code += 1;
      throw;
    }
  } catch (const AppError &e) {
    std::printf("outer %s %d\n", e.tag.name().c_str(), e.code);
    sum += e.code;
  }
  co_await Gate{};
  std::printf("local still %s %d\n", local.tag.name().c_str(), local.code);
  co_return sum;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
