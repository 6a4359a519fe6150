// Namespaces around async functions: nested a::b::c, an inline namespace
// with a versioned API, definitions outside their namespace with qualified
// names, an anonymous namespace, a namespace reopened between declaration
// and definition, and calls through using-declarations.
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

namespace a::b::c {
ASL_ASYNC asl::Task<int> leaf(int v);
struct Deep {
  int k;
  ASL_ASYNC asl::Task<int> twice();
};
} // namespace a::b::c

namespace lib {
inline namespace v2 {
ASL_ASYNC asl::Task<std::string> api(int x) {
  co_await Hold{};
  co_return "v2:" + std::to_string(x);
}
} // namespace v2
namespace v1 {
ASL_ASYNC asl::Task<std::string> api(int x) {
  co_await Hold{};
  co_return "v1:" + std::to_string(x);
}
} // namespace v1
} // namespace lib

namespace {
int hidden_counter = 0;
ASL_ASYNC asl::Task<int> hidden(int v) {
  ++hidden_counter;
  co_await Hold{};
  co_return v + hidden_counter;
}
} // namespace

ASL_ASYNC asl::Task<int> a::b::c::leaf(int v) {
  co_await Hold{};
  co_return v * 7;
}

asl::Task<int> a::b::c::Deep::twice() {
  int once = co_await leaf(k);
  co_return once + co_await a::b::c::leaf(k);
}

namespace a::b {
ASL_ASYNC asl::Task<int> mid(int v) {
  c::Deep d{v};
  co_return co_await d.twice() + co_await c::leaf(1);
}
} // namespace a::b

ASL_ASYNC asl::Task<void> top() {
  using a::b::mid;
  namespace abc = a::b::c;
  std::printf("%d\n", co_await mid(2));
  std::printf("%d\n", co_await abc::leaf(3));
  std::printf("%s %s %s\n", (co_await lib::api(1)).c_str(),
              (co_await lib::v1::api(2)).c_str(),
              (co_await lib::v2::api(3)).c_str());
  std::printf("%d %d\n", co_await hidden(10), co_await ::hidden(20));
}

int main() {
  auto t = top();
  pump();
  asl::sync_wait(std::move(t));
}
