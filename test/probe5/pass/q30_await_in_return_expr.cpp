// co_return of expressions with several awaits, a conditional, a cast, a
// constructor call and a comma operator.
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

struct Pair {
  int a;
  std::string b;
  Pair(int x, std::string y) : a(x), b(std::move(y)) {}
};

ASL_ASYNC asl::Task<int> sum3() {
  co_return co_await num("1", 1) + co_await num("2", 2) * co_await num("3", 3);
}
ASL_ASYNC asl::Task<long> cast_it() {
  co_return static_cast<long>(co_await num("c", 7)) << 2;
}
ASL_ASYNC asl::Task<Pair> make_pair_() {
  co_return Pair(co_await num("p", 4), co_await text("four"));
}
ASL_ASYNC asl::Task<int> comma() {
  int x = 0;
  co_return (x = co_await num("x", 5), x + 1);
}
ASL_ASYNC asl::Task<std::string> pick(bool c) {
  co_return c ? co_await text("yes") : std::string("no");
}

ASL_ASYNC asl::Task<int> run() {
  int a = co_await sum3();
  long b = co_await cast_it();
  Pair p = co_await make_pair_();
  int c = co_await comma();
  std::string d = co_await pick(true) + co_await pick(false);
  std::printf("%d %ld %d%s %d %s\n", a, b, p.a, p.b.c_str(), c, d.c_str());
  co_return a + static_cast<int>(b) + p.a + c;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
