// Member calls on awaited temporaries whose lifetime matters: a method of
// an awaited tracer returning a reference into it, used within the same
// full-expression, and a chain ending with an await of a method's task.
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

struct Doc {
  T t;
  std::vector<int> vals;
  const std::vector<int> &values() const { return vals; }
  ASL_ASYNC asl::Task<int> count() const {
    co_await Hold{};
    co_return static_cast<int>(vals.size());
  }
};

ASL_ASYNC asl::Task<Doc> open(const char *n) {
  std::printf("open %s\n", n);
  co_await Hold{};
  co_return Doc{T(n), {1, 2, 3}};
}

int sum(const std::vector<int> &v, int extra) {
  int s = extra;
  for (int x : v)
    s += x;
  return s;
}

ASL_ASYNC asl::Task<int> run() {
  int a = sum((co_await open("d1")).values(), co_await num("extra", 10));
  int b = co_await (co_await open("d2")).count();
  int c = (co_await open("d3")).values().at(2) + co_await num("after", 100);
  std::printf("%d %d %d\n", a, b, c);
  co_return a + b + c;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
