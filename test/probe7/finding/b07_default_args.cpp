// Default arguments of async functions: given in a forward declaration and
// not repeated at the definition, of enum, nullptr, braced and constructed
// types, a default that names a constant, defaults added in a later
// redeclaration, and member defaults.
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

enum class Mode { Fast, Safe };
constexpr int kDefaultLimit = 7;

ASL_ASYNC asl::Task<std::string> query(std::string what, int limit = 3,
                                       Mode m = Mode::Safe,
                                       const char *tag = nullptr,
                                       std::vector<int> extra = {1, 2});

ASL_ASYNC asl::Task<int> scaled(int v, int factor);
ASL_ASYNC asl::Task<int> scaled(int v, int factor = 10);

ASL_ASYNC asl::Task<int> limited(int v, int limit = kDefaultLimit) {
  co_await Hold{};
  co_return std::min(v, limit);
}

struct Client {
  std::string name = "client";
  ASL_ASYNC asl::Task<std::string>
  call(int retries = 2, std::string path = std::string(3, '/')) {
    std::string r;
    for (int i = 0; i < retries; ++i) {
      co_await Hold{};
      r += path;
    }
    co_return name + r;
  }
};

ASL_ASYNC asl::Task<void> run() {
  std::printf("%s\n", (co_await query("a")).c_str());
  std::printf("%s\n", (co_await query("b", 1)).c_str());
  std::printf("%s\n", (co_await query("c", 2, Mode::Fast, "t")).c_str());
  std::printf("%s\n", (co_await query("d", 0, Mode::Fast, "u", {9})).c_str());
  std::printf("%d %d %d %d\n", co_await scaled(2), co_await scaled(2, 3),
              co_await limited(100), co_await limited(100, 50));
  Client c;
  std::printf("%s %s\n", (co_await c.call()).c_str(),
              (co_await c.call(1, "x")).c_str());
}

ASL_ASYNC asl::Task<std::string> query(std::string what, int limit, Mode m,
                                       const char *tag,
                                       std::vector<int> extra) {
  co_await Hold{};
  std::string out = what + " limit=" + std::to_string(limit) +
                    (m == Mode::Fast ? " fast" : " safe");
  out += tag ? std::string(" tag=") + tag : std::string(" untagged");
  for (int e : extra)
    out += " " + std::to_string(e);
  co_return out;
}

ASL_ASYNC asl::Task<int> scaled(int v, int factor) {
  co_await Hold{};
  co_return v *factor;
}

int main() {
  auto t = run();
  pump();
  asl::sync_wait(std::move(t));
}
