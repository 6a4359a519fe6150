// RAII guards declared around awaits in nested blocks, one of them left by
// break and one by continue; destructor order printed.
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

struct Guard {
  const char *n;
  explicit Guard(const char *s) : n(s) { std::printf("enter %s\n", n); }
  ~Guard() { std::printf("leave %s\n", n); }
  Guard(const Guard &) = delete;
};

ASL_ASYNC asl::Task<int> run() {
  Guard outer("outer");
  int sum = 0;
  for (int i = 0; i < 4; ++i) {
    Guard g(i == 0 ? "i0" : i == 1 ? "i1" : i == 2 ? "i2" : "i3");
    if (co_await yes("skip?", i == 1)) {
      Guard c("cont");
      co_await Hold{};
      continue;
    }
    {
      Guard inner("inner");
      sum += co_await num("add", i);
      if (i == 2) {
        Guard b("brk");
        co_await Hold{};
        break;
      }
    }
    std::printf("end of body %d\n", i);
  }
  co_return sum;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
