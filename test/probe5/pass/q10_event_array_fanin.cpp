// Workers wait on a std::array of asl::Event; main sets them in reverse
// order and the workers record when they ran.
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

static std::string log_;

ASL_ASYNC asl::Task<int> worker(std::array<asl::Event, 4> &evs, int i) {
  co_await evs[static_cast<std::size_t>(i)];
  log_ += static_cast<char>('a' + i);
  if (i > 0)
    co_await evs[static_cast<std::size_t>(i - 1)];
  log_ += static_cast<char>('A' + i);
  co_return i * i;
}

int main() {
  std::array<asl::Event, 4> evs;
  std::vector<asl::Task<int>> ts;
  for (int i = 0; i < 4; ++i)
    ts.push_back(worker(evs, i));
  for (int i = 3; i >= 0; --i) {
    evs[static_cast<std::size_t>(i)].set();
    std::printf("after set %d: %s\n", i, log_.c_str());
  }
  int sum = 0;
  for (auto &t : ts)
    sum += asl::sync_wait(std::move(t));
  std::printf("result %d %s\n", sum, log_.c_str());
}
