// Awaits on both sides of the built-in comma operator, in an initializer,
// a condition, an argument in parentheses and a co_return; and an
// overloaded comma on awaited class results (left to right in C++17).
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

struct Seq {
  std::string s;
};
Seq operator,(Seq a, Seq b) { return {a.s + "," + b.s}; }

ASL_ASYNC asl::Task<Seq> seq(const char *v) {
  std::printf("seq %s\n", v);
  co_await Hold{};
  co_return Seq{v};
}

void show(int v) { std::printf("show %d\n", v); }

ASL_ASYNC asl::Task<int> run() {
  int x = (co_await num("a", 1), co_await num("b", 2));
  int y = 0;
  if ((y = co_await num("c", 3), y > 2))
    std::printf("y %d\n", y);
  show((co_await num("d", 4), x + y));
  Seq all = (co_await seq("p"), co_await seq("q"), co_await seq("r"));
  std::printf("all %s\n", all.s.c_str());
  T t("t");
  co_return (co_await num("e", 5), t.n.size() + x * 10 + y);
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
