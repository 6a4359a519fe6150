// Async functions inside linkage-specification blocks and with storage
// class specifiers: extern "C++" { ... }, static (internal linkage), inline,
// an extern declaration before the definition, a single-declaration
// extern "C++", and an async member of a class declared inside extern "C++".
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

extern "C++" {
ASL_ASYNC asl::Task<int> in_block(int v) {
  co_await Hold{};
  co_return v + 1;
}
struct InBlock {
  ASL_ASYNC asl::Task<int> m(int v) { co_return co_await in_block(v) * 2; }
};
}

ASL_ASYNC static asl::Task<int> internal(int v) {
  co_await Hold{};
  co_return v * 3;
}

ASL_ASYNC inline asl::Task<int> inl(int v) {
  co_await Hold{};
  co_return v * 5;
}

extern asl::Task<int> declared_extern(int v);
ASL_ASYNC asl::Task<int> declared_extern(int v) {
  co_return co_await internal(v) + co_await inl(v);
}

extern "C++" ASL_ASYNC asl::Task<int> single_decl(int v) {
  co_await Hold{};
  co_return -v;
}

int main() {
  auto t = InBlock{}.m(1);
  auto u = declared_extern(2);
  auto w = single_decl(3);
  pump();
  std::printf("%d %d %d\n", asl::sync_wait(std::move(t)),
              asl::sync_wait(std::move(u)), asl::sync_wait(std::move(w)));
}
