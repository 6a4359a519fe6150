// Overloaded async functions of one name: by parameter type, by arity, by
// const& vs && vs by value of a class, by pointer vs integer (nullptr), a
// member overload set const/non-const, and a template next to a
// non-template overload.
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

ASL_ASYNC asl::Task<std::string> fetch(int id) {
  co_await Hold{};
  co_return "int " + std::to_string(id);
}
ASL_ASYNC asl::Task<std::string> fetch(const std::string &key) {
  co_await Hold{};
  co_return "string " + key;
}
ASL_ASYNC asl::Task<std::string> fetch(std::string &&key) {
  std::string mine = std::move(key);
  co_await Hold{};
  co_return "rvalue " + mine;
}
ASL_ASYNC asl::Task<std::string> fetch(int id, int version) {
  std::string base = co_await fetch(id);
  co_return base + " v" + std::to_string(version);
}
ASL_ASYNC asl::Task<std::string> fetch(const char *p) {
  co_await Hold{};
  co_return p ? std::string("cstr ") + p : std::string("null");
}
ASL_ASYNC asl::Task<std::string> fetch(double d) {
  co_await Hold{};
  co_return "double " + std::to_string(static_cast<int>(d * 10));
}
template <class X> ASL_ASYNC asl::Task<std::string> fetch(std::vector<X> xs) {
  std::string out = "vector";
  for (auto &x : xs)
    out += " [" + co_await fetch(x) + "]";
  co_return out;
}

struct Store {
  int n = 0;
  ASL_ASYNC asl::Task<std::string> get() {
    ++n;
    co_await Hold{};
    co_return "mutable " + std::to_string(n);
  }
  ASL_ASYNC asl::Task<std::string> get() const {
    co_await Hold{};
    co_return "const " + std::to_string(n);
  }
};

ASL_ASYNC asl::Task<void> all() {
  std::string k = "key";
  const Store cs{};
  Store s;
  for (std::string r :
       {co_await fetch(1), co_await fetch(k),
        co_await fetch(std::string("tmp")), co_await fetch(2, 9),
        co_await fetch("lit"), co_await fetch(nullptr), co_await fetch(2.5),
        co_await fetch(std::vector<int>{4, 5}),
        co_await fetch(std::vector<std::string>{"a"}), co_await s.get(),
        co_await cs.get(), co_await std::as_const(s).get()})
    std::printf("%s\n", r.c_str());
}

int main() {
  auto t = all();
  pump();
  asl::sync_wait(std::move(t));
}
