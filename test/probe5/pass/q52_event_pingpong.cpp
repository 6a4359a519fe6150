// Two tasks play ping-pong with two asl::Event objects that they reset and
// set; a third task waits for a done event.
#include <asl/event.h>
#include <asl/task.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

// T prints its life; a moved-from T is silent, so extra moves do not show.
struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  T(const T &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  T &operator=(const T &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  T &operator=(T &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~T() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Hold suspends; pump() resumes the suspended tasks in order.
static std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void pump() {
  while (!parked.empty()) {
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> num(const char *tag, int v) {
  std::printf("num %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::string> text(std::string v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<bool> yes(const char *tag, bool v) {
  std::printf("yes %s\n", tag);
  co_await Hold{};
  co_return v;
}

struct Table {
  asl::Event ping, pong, done;
  std::string log;
};

ASL_ASYNC asl::Task<void> pinger(Table &t, int rounds) {
  for (int i = 0; i < rounds; ++i) {
    t.log += "P";
    t.ping.set();
    co_await t.pong;
    t.pong.reset();
  }
  t.done.set();
}
ASL_ASYNC asl::Task<void> ponger(Table &t) {
  while (true) {
    co_await t.ping;
    t.ping.reset();
    if (t.done.is_set())
      co_return;
    t.log += "o";
    t.pong.set();
    if (t.log.size() >= 6)
      co_return;
  }
}
ASL_ASYNC asl::Task<int> watcher(Table &t) {
  co_await t.done;
  co_return static_cast<int>(t.log.size());
}

int main() {
  Table t;
  auto w = watcher(t);
  auto b = ponger(t);
  auto a = pinger(t, 3);
  asl::sync_wait(std::move(a));
  asl::sync_wait(std::move(b));
  int n = asl::sync_wait(std::move(w));
  std::printf("log %s\n", t.log.c_str());
  std::printf("result %d\n", n);
}
