// Deep synchronous completion: long loops of awaits that complete at once
// (ready tasks, set events, ready awaiters) and deep recursion of tasks that
// complete synchronously or after one resumption.
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

ASL_ASYNC asl::Task<long> ready_value(long v) { co_return v; }
struct Ready {
  long v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  long await_resume() const noexcept { return v; }
};
ASL_ASYNC asl::Task<long> depth(int n, asl::Event &ev) {
  if (n == 0) {
    co_await ev;
    co_return 1;
  }
  co_return 1 + co_await depth(n - 1, ev);
}

ASL_ASYNC asl::Task<long> run(asl::Event &ev) {
  long sum = 0;
  asl::Event set_already;
  set_already.set();
  for (int i = 0; i < 1000000; ++i) {
    sum += co_await ready_value(i % 7);
    co_await set_already;
    sum += co_await Ready{1};
  }
  std::printf("loop sum=%ld\n", sum);
  sum += co_await depth(2000, ev);
  co_return sum;
}

int main() {
  asl::Event ev;
  auto t = run(ev);
  std::printf("waiting ready=%d\n", t.is_ready());
  ev.set();
  std::printf("result %ld\n", asl::sync_wait(std::move(t)));
}
