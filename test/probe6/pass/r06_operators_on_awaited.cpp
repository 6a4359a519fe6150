// Overloaded subscript, call, unary and increment operators applied to
// awaited results and to lifted locals with awaited operands.
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

struct Table {
  std::vector<int> v;
  int &operator[](int i) {
    std::printf("[%d]\n", i);
    return v.at(static_cast<size_t>(i));
  }
  int operator()(int a, int b) const { return a * 10 + b; }
  Table operator~() const {
    Table t{v};
    std::reverse(t.v.begin(), t.v.end());
    return t;
  }
  bool operator!() const { return v.empty(); }
  Table &operator++() {
    for (int &x : v)
      ++x;
    return *this;
  }
};

ASL_ASYNC asl::Task<Table> table(int n) {
  std::printf("table %d\n", n);
  co_await Hold{};
  Table t;
  for (int i = 0; i < n; ++i)
    t.v.push_back(i * 3);
  co_return t;
}

ASL_ASYNC asl::Task<int> run() {
  int a = (co_await table(4))[co_await num("i", 2)];
  int b = (co_await table(2))(co_await num("x", 1), co_await num("y", 2));
  Table t = ~co_await table(3);
  bool empty = !co_await table(0);
  Table u = co_await table(2);
  (++u)[co_await num("j", 1)] += co_await num("k", 100);
  int c = (~(++u))[0];
  std::printf("%d %d %d %d %d %d\n", a, b, t.v[0], empty, u.v[1], c);
  co_return a + b + c;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
