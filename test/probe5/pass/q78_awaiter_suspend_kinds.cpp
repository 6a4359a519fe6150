// Awaiters whose await_suspend returns bool (false: do not suspend) and a
// handle (symmetric transfer back to the same coroutine), with await_resume
// returning a reference that the coroutine writes through.
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

static int cell = 5;
struct MaybeSuspend {
  bool suspend;
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H h) {
    if (!suspend)
      return false;
    parked.push_back([h] { h.resume(); });
    return true;
  }
  int &await_resume() const noexcept { return cell; }
};
struct BackToMe {
  bool await_ready() const noexcept { return false; }
  template <class H> H await_suspend(H h) { return h; }
  int await_resume() const noexcept { return 7; }
};

ASL_ASYNC asl::Task<int> run() {
  int &a = co_await MaybeSuspend{false};
  a += 1;
  int &b = co_await MaybeSuspend{true};
  b *= 2;
  (co_await MaybeSuspend{true}) += 100;
  int c = co_await BackToMe{};
  std::printf("cell %d c %d\n", cell, c);
  co_return cell + c;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
