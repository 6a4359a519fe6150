// Awaits inside braced initializers: vector<string>{...}, a std::map from
// an initializer list of pairs, a std::array and a struct aggregate.
#include <asl/event.h>
#include <asl/task.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
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

struct Point {
  int x, y;
  std::string label;
};

ASL_ASYNC asl::Task<int> run() {
  std::vector<std::string> v{co_await text("a"), "b", co_await text("c")};
  std::map<std::string, int> m{{"one", co_await num("1", 1)},
                               {co_await text("two"), 2}};
  std::array<int, 3> a{co_await num("a0", 5), 6, co_await num("a2", 7)};
  Point p{co_await num("x", 1), 2, co_await text("pt")};
  std::string s;
  for (auto &x : v)
    s += x;
  for (auto &kv : m)
    s += kv.first + std::to_string(kv.second);
  std::printf("%s %d%d%d %s(%d,%d)\n", s.c_str(), a[0], a[1], a[2],
              p.label.c_str(), p.x, p.y);
  co_return a[0] + a[1] + a[2] + p.x + p.y;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
