// Destroying a task that holds an asl::MutexLock hands the mutex to the
// next waiter, which runs during the destruction; destroying a waiter that
// is queued unlinks it.
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

#include <asl/mutex.h>
static asl::Event never;
ASL_ASYNC asl::Task<int> holder(asl::Mutex &mu) {
  R r("holder");
  asl::MutexLock lock = co_await mu.lock();
  R in("holder-locked");
  co_await never;
  co_return 1;
}
ASL_ASYNC asl::Task<int> waiter(asl::Mutex &mu, int id) {
  R r("waiter" + std::to_string(id));
  asl::MutexLock lock = co_await mu.lock();
  std::printf("waiter %d got the lock\n", id);
  co_return id;
}

int main() {
  asl::Mutex mu;
  auto h = std::make_unique<asl::Task<int>>(holder(mu));
  auto w1 = std::make_unique<asl::Task<int>>(waiter(mu, 1));
  auto w2 = waiter(mu, 2);
  std::printf("destroy waiter 1\n");
  w1.reset();
  std::printf("destroy holder\n");
  h.reset();
  std::printf("w2 ready=%d\n", w2.is_ready());
  std::printf("w2=%d\n", asl::sync_wait(std::move(w2)));
}
