// noexcept and [[nodiscard]] on async functions, in the places a user puts
// them: [[nodiscard]] before and after the marker, noexcept on a free
// function, a member and a lambda, noexcept(true/false expression), and a
// noexcept operator applied to a call of an async function.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>
#include <asl/channel.h>
#include <asl/mutex.h>
#include <asl/thread_pool.h>
#include <asl/timer_queue.h>
#include <asl/cancellation.h>

#include <algorithm>
#include <any>
#include <array>
#include <bitset>
#include <chrono>
#include <complex>
#include <iostream>
#include <list>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <queue>
#include <numeric>
#include <cctype>
#include <mutex>
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

[[nodiscard]] ASL_ASYNC asl::Task<int> must_use(int v) {
  co_await Hold{};
  co_return v * 2;
}

ASL_ASYNC [[nodiscard]] asl::Task<int> also_must_use(int v) {
  co_await Hold{};
  co_return v * 3;
}

ASL_ASYNC asl::Task<int> quiet(int v) noexcept {
  int r = co_await must_use(v);
  co_return r + 1;
}

template <bool B> struct Cfg {
  ASL_ASYNC asl::Task<int> run(int v) noexcept(B) {
    co_await Hold{};
    if (!B && v < 0)
      throw std::invalid_argument("negative");
    co_return v;
  }
};

struct Svc {
  ASL_ASYNC [[nodiscard]] asl::Task<std::string> name() const noexcept {
    co_await Hold{};
    co_return "svc";
  }
};

ASL_ASYNC asl::Task<void> all() {
  int a = co_await must_use(1);
  int b = co_await also_must_use(2);
  int c = co_await quiet(3);
  Cfg<true> t;
  Cfg<false> f;
  int d = co_await t.run(4);
  int e = 0;
  try {
    e = co_await f.run(-5);
  } catch (const std::invalid_argument &ex) {
    std::printf("caught %s\n", ex.what());
  }
  auto l = [](int v) noexcept -> asl::Task<int> {
    co_await Hold{};
    co_return v + 100;
  };
  int g = co_await l(6);
  std::printf("noexcept: %d %d %d %d\n", noexcept(quiet(1)),
              noexcept(must_use(1)), noexcept(t.run(1)), noexcept(f.run(1)));
  std::printf("%d %d %d %d %d %d %s\n", a, b, c, d, e, g,
              (co_await Svc{}.name()).c_str());
}

int main() {
  auto t = all();
  pump();
  asl::sync_wait(std::move(t));
}
