// A manual-time scheduler: Sleep{ms} awaiters register in a multimap keyed
// by wake time; tasks with different periods interleave by time.
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

struct Clock {
  long now = 0;
  std::multimap<long, std::function<void()>> q;
  void run() {
    while (!q.empty()) {
      auto it = q.begin();
      now = it->first;
      auto f = std::move(it->second);
      q.erase(it);
      f();
    }
  }
};
static Clock clk;
struct Sleep {
  long ms;
  bool await_ready() const noexcept { return ms <= 0; }
  template <class H> void await_suspend(H h) {
    clk.q.emplace(clk.now + ms, [h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};

ASL_ASYNC asl::Task<int> ticker(const char *name, long period, int n) {
  int ticks = 0;
  for (int i = 0; i < n; ++i) {
    co_await Sleep{period};
    std::printf("t=%ld %s\n", clk.now, name);
    ++ticks;
  }
  co_await Sleep{0};
  co_return ticks;
}

int main() {
  auto a = ticker("fast", 3, 4);
  auto b = ticker("slow", 5, 2);
  auto c = ticker("once", 7, 1);
  clk.run();
  int n = asl::sync_wait(std::move(a)) + asl::sync_wait(std::move(b)) +
          asl::sync_wait(std::move(c));
  std::printf("result %d at %ld\n", n, clk.now);
}
