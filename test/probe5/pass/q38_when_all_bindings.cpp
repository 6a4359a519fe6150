// when_all over heterogeneous tasks with structured bindings, and over a
// vector built in a loop; one failing task propagates its exception.
// (Only one argument of each call prints: g++ evaluates arguments right to
// left, natively too.)
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

#include <asl/when_all.h>

ASL_ASYNC asl::Task<int> maybe_fail(int v) {
  co_await Hold{};
  if (v == 13)
    throw std::runtime_error("unlucky");
  co_return v;
}

ASL_ASYNC asl::Task<int> run() {
  auto [a, b, c] =
      co_await asl::when_all(num("a", 1), text("bee"), text("c"));
  std::printf("%d %s %s\n", a, b.c_str(), c.c_str());
  std::vector<asl::Task<int>> v;
  for (int i = 0; i < 4; ++i)
    v.push_back(maybe_fail(i * 2));
  std::vector<int> rs = co_await asl::when_all(std::move(v));
  int s = 0;
  for (int r : rs)
    s += r;
  try {
    std::vector<asl::Task<int>> w;
    w.push_back(maybe_fail(1));
    w.push_back(maybe_fail(13));
    co_await asl::when_all(std::move(w));
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  co_return s + a;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
