// Enumerations: an enum class with a fixed underlying type awaited and
// switched on, flag enums combined with an overloaded operator| whose
// operands await, an unscoped enum in arithmetic, a namespace-scope enum
// used as a task result.
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

enum class Color : std::uint8_t { Red = 1, Green = 2, Blue = 4 };
constexpr Color operator|(Color a, Color b) {
  return static_cast<Color>(static_cast<std::uint8_t>(a) |
                            static_cast<std::uint8_t>(b));
}
enum Level { Low = 10, Mid = 20, High = 30 };

ASL_ASYNC asl::Task<Color> color(int k) {
  std::printf("color %d\n", k);
  co_await Hold{};
  co_return k == 0 ? Color::Red : k == 1 ? Color::Green : Color::Blue;
}
ASL_ASYNC asl::Task<Level> level(int k) {
  co_await Hold{};
  co_return static_cast<Level>(k);
}

ASL_ASYNC asl::Task<int> run() {
  int score = 0;
  for (int k = 0; k < 3; ++k) {
    switch (co_await color(k)) {
    case Color::Red:
      score += 1;
      break;
    case Color::Green:
      score += co_await num("green", 2);
      break;
    default:
      score += 100;
    }
  }
  Color mix = co_await color(0) | co_await color(2);
  int lv = co_await level(20) + Low;
  Level l = co_await level(30);
  std::printf("%d %d %d %d\n", score, static_cast<int>(mix), lv, l == High);
  co_return score + static_cast<int>(mix) + lv;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
