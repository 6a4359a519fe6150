// Forward declarations then later definitions, and mutual recursion:
// is_even/is_odd, a recursive-descent pair (list/item) declared before
// use, a member that calls a free function declared later, and an async
// function declared twice before its definition.
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

ASL_ASYNC asl::Task<bool> is_odd(unsigned n);
ASL_ASYNC asl::Task<bool> is_even(unsigned n);
ASL_ASYNC asl::Task<bool> is_even(unsigned n);

ASL_ASYNC asl::Task<bool> is_even(unsigned n) {
  if (n == 0) co_return true;
  if (n % 5 == 0) co_await Hold{};
  co_return co_await is_odd(n - 1);
}

ASL_ASYNC asl::Task<bool> is_odd(unsigned n) {
  if (n == 0) co_return false;
  co_return co_await is_even(n - 1);
}

ASL_ASYNC asl::Task<int> parse_list(const std::string &s, std::size_t &i);
ASL_ASYNC asl::Task<int> parse_item(const std::string &s, std::size_t &i);

struct Walker {
  int depth_seen = 0;
  ASL_ASYNC asl::Task<int> walk(const std::string &s);
};

ASL_ASYNC asl::Task<int> parse_item(const std::string &s, std::size_t &i) {
  co_await Hold{};
  if (s[i] == '(') co_return co_await parse_list(s, i);
  int v = s[i] - '0';
  ++i;
  co_return v;
}

ASL_ASYNC asl::Task<int> parse_list(const std::string &s, std::size_t &i) {
  ++i;
  int product = 1, count = 0;
  while (s[i] != ')') {
    product *= co_await parse_item(s, i);
    ++count;
  }
  ++i;
  co_return count == 0 ? 0 : product + count;
}

ASL_ASYNC asl::Task<int> Walker::walk(const std::string &s) {
  std::size_t i = 0;
  int v = co_await parse_list(s, i);
  depth_seen = static_cast<int>(std::count(s.begin(), s.end(), '('));
  co_return v;
}

int main() {
  for (unsigned n : {0u, 7u, 12u, 25u}) {
    auto t = is_even(n);
    pump();
    std::printf("even(%u) = %d\n", n, asl::sync_wait(std::move(t)));
  }
  Walker w;
  std::string text = "(2(3 4)()(5(6)))";
  auto t = w.walk(text);
  pump();
  std::printf("walk %d depth %d\n", asl::sync_wait(std::move(t)), w.depth_seen);
}
