// Type aliases for task types in signatures: a typedef of Task<int>, an
// alias template Async<T>, a member alias used as the return type of an
// async member, an alias of a reference parameter type, and a using-alias
// for a std::function of tasks in a parameter.
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

typedef asl::Task<int> IntTask;
template <class T> using Async = asl::Task<T>;
using StrRef = const std::string &;
using Callback = std::function<Async<int>(int)>;

ASL_ASYNC IntTask plain(int v) {
  co_await Hold{};
  co_return v + 1;
}

ASL_ASYNC Async<std::string> templ(StrRef s) {
  co_await Hold{};
  co_return s + "!";
}

struct Svc {
  using Result = asl::Task<std::pair<int, std::string>>;
  ASL_ASYNC Result both(int v, StrRef s);
};

Svc::Result Svc::both(int v, StrRef s) {
  co_return std::make_pair(co_await plain(v), co_await templ(s));
}

ASL_ASYNC Async<int> with_callback(Callback cb, int v) {
  co_return co_await cb(v) + co_await cb(v + 1);
}

ASL_ASYNC Async<void> run() {
  Svc s;
  auto [n, str] = co_await s.both(4, "hey");
  int c = co_await with_callback(plain, 10);
  std::printf("%d %s %d\n", n, str.c_str(), c);
}

int main() {
  auto t = run();
  pump();
  asl::sync_wait(std::move(t));
}
