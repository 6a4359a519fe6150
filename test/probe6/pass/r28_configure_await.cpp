// A ConfigureAwait-like wrapper: an awaiter template wrapping a task's own
// awaiter and logging around it, awaited with `co_await logged(f())`, and a
// timeout-like wrapper that returns a default when the task is already
// failed. The wrapper holds the inner awaiter as a member.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <algorithm>
#include <any>
#include <array>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
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

template <class A> struct Logged {
  A inner;
  const char *tag;
  bool await_ready() {
    bool r = inner.await_ready();
    std::printf("%s ready %d\n", tag, r);
    return r;
  }
  template <class H> auto await_suspend(H h) {
    std::printf("%s suspend\n", tag);
    return inner.await_suspend(h);
  }
  auto await_resume() {
    std::printf("%s resume\n", tag);
    return inner.await_resume();
  }
};

struct ParkAndLog {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return v; }
};

template <class A> Logged<A> logged(A a, const char *tag) {
  return Logged<A>{std::move(a), tag};
}

ASL_ASYNC asl::Task<int> run() {
  int a = co_await logged(ParkAndLog{5}, "a");
  int b = co_await logged(ParkAndLog{co_await num("inner", 6)}, "b");
  Logged<ParkAndLog> named{ParkAndLog{7}, "named"};
  int c = co_await named;
  std::printf("%d %d %d\n", a, b, c);
  co_return a + b + c;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
