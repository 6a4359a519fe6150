// Enum classes in async code: an enum class with an explicit underlying type,
// overloaded operators | and & on it (flags), a switch on an awaited enum
// value with all enumerators and no default, an enum used as a template
// argument, and std::underlying_type in the body.
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

enum class Perm : std::uint8_t { None = 0, Read = 1, Write = 2, Exec = 4 };
constexpr Perm operator|(Perm a, Perm b) {
  return Perm(std::uint8_t(a) | std::uint8_t(b));
}
constexpr Perm operator&(Perm a, Perm b) {
  return Perm(std::uint8_t(a) & std::uint8_t(b));
}
constexpr bool any(Perm p) { return p != Perm::None; }

enum class Kind { File, Dir, Link };

template <Kind K> const char *kind_name() {
  return K == Kind::File ? "file" : K == Kind::Dir ? "dir" : "link";
}

ASL_ASYNC asl::Task<Kind> stat_kind(int i) {
  co_await Hold{};
  co_return static_cast<Kind>(i % 3);
}
ASL_ASYNC asl::Task<Perm> perms(int i) {
  co_await Hold{};
  co_return i % 2 ? Perm::Read | Perm::Exec : Perm::Read | Perm::Write;
}

ASL_ASYNC asl::Task<std::string> describe(int i) {
  std::string out;
  switch (co_await stat_kind(i)) {
  case Kind::File:
    out = kind_name<Kind::File>();
    break;
  case Kind::Dir:
    out = kind_name<Kind::Dir>();
    break;
  case Kind::Link:
    out = kind_name<Kind::Link>();
    break;
  }
  Perm p = co_await perms(i);
  using U = std::underlying_type_t<Perm>;
  U raw = static_cast<U>(p);
  out += any(p & Perm::Read) ? " r" : " -";
  out += any(co_await perms(i) & Perm::Write) ? "w" : "-";
  out += any(p & Perm::Exec) ? "x" : "-";
  out += " (" + std::to_string(raw) + ")";
  co_return out;
}

int main() {
  for (int i = 0; i < 4; ++i) {
    auto t = describe(i);
    pump();
    std::printf("%d: %s\n", i, asl::sync_wait(std::move(t)).c_str());
  }
}
