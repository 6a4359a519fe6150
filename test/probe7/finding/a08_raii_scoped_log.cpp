// RAII guards and scoped logging: an indenting scope logger whose depth is a
// static, guards that restore state on every exit path (co_return from a
// nested loop, exception, normal end), and a timer guard in manual time.
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

struct Log {
  static int depth;
  static std::vector<std::string> lines;
  static void line(const std::string &s) {
    lines.push_back(std::string(depth * 2, ' ') + s);
  }
};
int Log::depth = 0;
std::vector<std::string> Log::lines;

class Scope {
  std::string what_;

public:
  explicit Scope(std::string what) : what_(std::move(what)) {
    Log::line("enter " + what_);
    ++Log::depth;
  }
  Scope(const Scope &) = delete;
  Scope &operator=(const Scope &) = delete;
  ~Scope() {
    --Log::depth;
    Log::line(std::uncaught_exceptions() ? "unwind " + what_
                                         : "leave " + what_);
  }
};

template <class V> class Restore {
  V &ref_;
  V saved_;

public:
  Restore(V &ref, V tmp)
      : ref_(ref), saved_(std::exchange(ref, std::move(tmp))) {}
  ~Restore() { ref_ = std::move(saved_); }
};

std::string mode = "idle";

ASL_ASYNC asl::Task<int> step(int i) {
  Scope s("step " + std::to_string(i));
  co_await Hold{};
  if (i == 4)
    throw std::runtime_error("step 4 broke");
  co_return i * 2;
}

ASL_ASYNC asl::Task<int> scan(int limit) {
  Scope s("scan");
  Restore<std::string> r(mode, "scanning");
  int sum = 0;
  for (int i = 0; i < 10; ++i) {
    Scope inner("iteration " + std::to_string(i));
    for (int j = 0; j < 3; ++j) {
      sum += co_await step(i + j);
      Log::line("mode " + mode + " sum " + std::to_string(sum));
      if (sum > limit)
        co_return sum;
    }
  }
  co_return -1;
}

ASL_ASYNC asl::Task<void> top() {
  Scope s("top");
  int a = co_await scan(6);
  Log::line("first " + std::to_string(a) + " mode " + mode);
  try {
    Restore<std::string> r(mode, "risky");
    int b = co_await scan(100);
    Log::line("never " + std::to_string(b));
  } catch (const std::exception &e) {
    Log::line(std::string("caught ") + e.what() + " mode " + mode);
  }
}

int main() {
  auto t = top();
  pump();
  asl::sync_wait(std::move(t));
  for (const auto &l : Log::lines)
    std::printf("%s\n", l.c_str());
  std::printf("depth %d mode %s\n", Log::depth, mode.c_str());
}
