// when_any racing a slow and a fast task (the loser is still run to its end
// by the pump), when_all over a vector where one task throws, and the
// exception caught after the join.
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

ASL_ASYNC asl::Task<int> slow(int v, int hops) {
  for (int i = 0; i < hops; ++i)
    co_await Hold{};
  std::printf("slow %d done\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<int> flaky(int v) {
  co_await Hold{};
  if (v == 2)
    throw std::runtime_error("flaky 2");
  co_return v;
}

ASL_ASYNC asl::Task<int> run() {
  auto first = co_await asl::when_any(slow(1, 3), slow(2, 1));
  std::printf("winner index %zu\n", first.index());
  std::vector<asl::Task<int>> ts;
  for (int i = 0; i < 4; ++i)
    ts.push_back(flaky(i));
  int got = 0;
  try {
    auto all = co_await asl::when_all(std::move(ts));
    got = static_cast<int>(all.size());
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
    got = -1;
  }
  co_return got + static_cast<int>(first.index());
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
