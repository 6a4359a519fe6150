// __func__, __FUNCTION__, __PRETTY_FUNCTION__ and __LINE__ in async bodies:
// free functions, members of a namespaced class, a const member, an
// operator, a static member, inside a lambda in the body, and after awaits.
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

namespace app {
struct Widget {
  int id;
  ASL_ASYNC asl::Task<std::string> describe() const {
    co_await Hold{};
    co_return std::string(__func__) + " | " + __FUNCTION__ + " | " +
        __PRETTY_FUNCTION__;
  }
  ASL_ASYNC asl::Task<int> operator()(int x) {
    std::printf("%s line %d\n", __PRETTY_FUNCTION__, __LINE__);
    co_await Hold{};
    std::printf("%s after\n", __func__);
    co_return x + id;
  }
  ASL_ASYNC static asl::Task<long> make(long n) {
    co_await Hold{};
    std::printf("%s / %s\n", __func__, __PRETTY_FUNCTION__);
    co_return n;
  }
};
} // namespace app

ASL_ASYNC asl::Task<void> free_fn(std::vector<int> v,
                                  const char *tag = "dflt") {
  std::printf("tag %s in %s\n", tag, __func__);
  auto inner = [&] {
    return std::string(__func__) + ":" + std::to_string(__LINE__);
  };
  co_await Hold{};
  std::printf("%s %s %zu\n", __PRETTY_FUNCTION__, inner().c_str(), v.size());
  static const char *where = __func__;
  co_await Hold{};
  std::printf("static %s\n", where);
}

int main() {
  app::Widget w{3};
  auto a = w.describe();
  auto b = w(4);
  auto c = app::Widget::make(5);
  auto d = free_fn({1, 2});
  pump();
  std::printf("%s\n", asl::sync_wait(std::move(a)).c_str());
  std::printf("%d %ld\n", asl::sync_wait(std::move(b)),
              asl::sync_wait(std::move(c)));
  asl::sync_wait(std::move(d));
}
