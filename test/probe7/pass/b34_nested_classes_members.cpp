// Async members of nested classes at several depths, a nested class's member
// defined out of line at namespace scope with the full path, a local class
// inside an async body with synchronous members, all in a namespace.
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

namespace outer {
struct A {
  struct B {
    struct C {
      int depth = 3;
      ASL_ASYNC asl::Task<int> deep();
    };
    C c;
    ASL_ASYNC asl::Task<int> mid() {
      co_await Hold{};
      co_return 2 + co_await c.deep();
    }
  };
  B b;
  ASL_ASYNC asl::Task<int> top() { co_return 1 + co_await b.mid(); }
};
} // namespace outer

ASL_ASYNC asl::Task<int> outer::A::B::C::deep() {
  co_await Hold{};
  co_return depth * 100;
}

ASL_ASYNC asl::Task<int> with_local_class() {
  struct Accum {
    int total = 0;
    void add(int v) { total += v; }
    int get() const { return total; }
  };
  Accum acc;
  outer::A a;
  acc.add(co_await a.top());
  co_await Hold{};
  acc.add(co_await a.b.c.deep());
  co_return acc.get();
}

int main() {
  auto t = with_local_class();
  pump();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
