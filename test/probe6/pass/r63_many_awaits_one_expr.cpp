// Many awaits in one expression: a sum of twelve awaited values mixed
// with function calls printing their order, a printf with eight awaited
// arguments, and a string concatenation of six awaited texts.
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

int trace(int v) {
  std::printf("trace %d\n", v);
  return v;
}

ASL_ASYNC asl::Task<int> run() {
  int s = co_await num("1", 1) + trace(2) + co_await num("3", 3) +
          co_await num("4", 4) * trace(5) - co_await num("6", 6) +
          (co_await num("7", 7) << trace(1)) + co_await num("8", 8) +
          co_await num("9", 9) % 4 + trace(10) + co_await num("11", 11) +
          co_await num("12", 12) + co_await num("13", 13) +
          co_await num("14", 14) + co_await num("15", 15);
  std::printf("%d %d %d %d %d %d %d %d\n", co_await num("a", 1),
              co_await num("b", 2), trace(3), co_await num("d", 4),
              co_await num("e", 5), co_await num("f", 6), trace(7),
              co_await num("h", 8));
  std::string t = co_await text("a") + co_await text("b") + "-" +
                  co_await text("c") + co_await text("d") +
                  co_await text("e") + co_await text("f");
  std::printf("%d %s\n", s, t.c_str());
  co_return s;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
