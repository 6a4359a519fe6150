// Compound assignments whose right side awaits, to members, array elements,
// members through pointers and elements with awaited subscripts. C++17:
// the right operand of `op=` is sequenced before the left.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <algorithm>
#include <any>
#include <array>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
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

struct Acc {
  int total = 0;
  long arr[4] = {1, 2, 3, 4};
  Acc *self = this;
};

ASL_ASYNC asl::Task<int> idx(const char *tag, int v) {
  std::printf("idx %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<int> run() {
  Acc a;
  a.total += co_await num("t1", 10);
  a.total *= co_await num("t2", 3);
  a.arr[1] -= co_await num("a1", 5);
  a.arr[co_await idx("i2", 2)] <<= co_await num("s2", 2);
  a.self->arr[co_await idx("i3", 3)] %= co_await num("m3", 3);
  int v[3] = {7, 8, 9};
  int *p = v;
  p[co_await idx("p", 1)] |= co_await num("o", 0x30);
  *(p + 2) ^= co_await num("x", 1);
  std::printf("%d %ld %ld %ld %ld | %d %d %d\n", a.total, a.arr[0], a.arr[1],
              a.arr[2], a.arr[3], v[0], v[1], v[2]);
  co_return a.total + static_cast<int>(a.arr[2]) + v[1];
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
