// Variadic async templates: sizeof... and fold expressions without awaits
// inside them, a pack forwarded to a synchronous helper after an await, a
// pack of tasks awaited one by one through when_all, and a pack of
// strings joined after a suspension.
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

template <class... Xs> void print_all(const Xs &...xs) {
  ((std::printf("[%s]", std::to_string(xs).c_str())), ...);
  std::printf("\n");
}

template <class... Xs> ASL_ASYNC asl::Task<int> sum_later(Xs... xs) {
  constexpr int n = static_cast<int>(sizeof...(xs));
  co_await Hold{};
  print_all(xs...);
  int s = (0 + ... + xs);
  co_await Hold{};
  co_return s * 10 + n;
}

template <class... Ts> ASL_ASYNC asl::Task<int> gather(asl::Task<Ts>... ts) {
  auto all = co_await asl::when_all(std::move(ts)...);
  co_return std::apply([](auto... v) { return (0 + ... + v); }, all);
}

template <class... S> ASL_ASYNC asl::Task<std::string> join(S &&...parts) {
  std::string out;
  co_await Hold{};
  ((out += std::string(parts) + "+"), ...);
  co_return out;
}

ASL_ASYNC asl::Task<int> run() {
  int a = co_await sum_later(1, 2, 3);
  int b = co_await sum_later();
  asl::Task<int> g1 = num("g1", 5);
  int c = co_await gather(std::move(g1), num("g2", 6));
  std::string j = co_await join("x", std::string("y"), std::string_view("z"));
  std::printf("%d %d %d %s\n", a, b, c, j.c_str());
  co_return a + b + c;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
