// Overloaded assignment and compound assignment whose both sides await:
// C++17 sequences the right operand before the left for the overloaded
// operators too ([over.match.oper]/2), so the right side's await comes
// first; also overloaded << with awaits on both sides (left first) and an
// overloaded subscript on the left.
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

struct Cell {
  std::string v;
  Cell &operator=(const std::string &s) {
    std::printf("assign %s\n", s.c_str());
    v = s;
    return *this;
  }
  Cell &operator+=(int k) {
    std::printf("add %d\n", k);
    v += std::to_string(k);
    return *this;
  }
};
struct Grid {
  Cell cells[3];
  Cell &operator[](int i) {
    std::printf("index %d\n", i);
    return cells[i];
  }
};
struct Log {
  std::string s;
};
Log &operator<<(Log &l, int v) {
  l.s += std::to_string(v) + ",";
  return l;
}

ASL_ASYNC asl::Task<int> idx(int i) {
  std::printf("idx %d\n", i);
  co_await Hold{};
  co_return i;
}

ASL_ASYNC asl::Task<int> run() {
  Grid g;
  g[co_await idx(0)] = co_await text("zero");
  g[co_await idx(1)] += co_await num("k", 7);
  g[2] = co_await text("two");
  g[co_await idx(2)] += 5;
  Log l;
  l << co_await num("l1", 1) << co_await num("l2", 2);
  std::printf("%s %s %s %s\n", g.cells[0].v.c_str(), g.cells[1].v.c_str(),
              g.cells[2].v.c_str(), l.s.c_str());
  co_return static_cast<int>(g.cells[2].v.size());
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
