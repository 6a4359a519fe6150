// Events in arrays, awaited by index computed by an await, tasks kept in a
// vector and awaited in order, events set in reverse order from main.
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

ASL_ASYNC asl::Task<int> worker(asl::Event (&evs)[4], int id) {
  R w("worker" + std::to_string(id));
  co_await evs[co_await val("idx", (id + 1) % 4)];
  std::printf("worker %d past event\n", id);
  co_await evs[id];
  co_return id * id;
}

ASL_ASYNC asl::Task<int> gather(asl::Event (&evs)[4]) {
  std::vector<asl::Task<int>> tasks;
  for (int i = 0; i < 4; ++i)
    tasks.push_back(worker(evs, i));
  int sum = 0;
  for (auto &t : tasks)
    sum += co_await std::move(t);
  co_return sum;
}

int main() {
  asl::Event evs[4];
  auto t = gather(evs);
  drain();
  for (int i = 3; i >= 0; --i) {
    std::printf("set %d\n", i);
    evs[i].set();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
