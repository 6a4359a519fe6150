// Task<void> functions with early co_return; from loops, a void task that
// throws after awaiting, and co_await of a void task as an expression
// statement and in a comma expression.
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

static std::string trail;
ASL_ASYNC asl::Task<void> step(char c, int stop_at) {
  for (int i = 0;; ++i) {
    if (i == stop_at) {
      trail += c;
      co_return;
    }
    co_await Hold{};
  }
}
ASL_ASYNC asl::Task<void> fail_after(int n) {
  co_await step('f', n);
  throw std::logic_error("void failed");
}

ASL_ASYNC asl::Task<int> run() {
  co_await step('a', 0);
  co_await step('b', 2);
  int k = (co_await step('c', 1), 5);
  try {
    co_await fail_after(1);
  } catch (const std::logic_error &e) {
    trail += '!';
    std::printf("%s\n", e.what());
  }
  std::printf("trail %s\n", trail.c_str());
  co_return k + static_cast<int>(trail.size());
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
