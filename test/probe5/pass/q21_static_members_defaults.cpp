// Static async member functions with default arguments of enum and
// integer type; a static data member counting calls; a constexpr member.
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

enum Level { Low = 1, Mid = 5, High = 9 };
struct Throttle {
  static constexpr int kMax = 12;
  static int calls;
  ASL_ASYNC static asl::Task<int> admit(int want, Level l = Mid,
                                        int cap = kMax) {
    ++calls;
    co_await Hold{};
    int got = want * l;
    co_return got > cap ? cap : got;
  }
};
int Throttle::calls = 0;

ASL_ASYNC asl::Task<int> run() {
  int a = co_await Throttle::admit(1);
  int b = co_await Throttle::admit(2, High);
  int c = co_await Throttle::admit(3, Low, 2);
  int d = co_await Throttle::admit(co_await num("w", 2), Level(3));
  std::printf("%d %d %d %d calls %d\n", a, b, c, d, Throttle::calls);
  co_return a + b + c + d;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
