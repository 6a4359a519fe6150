// Pointer-to-member access and calls on awaited objects and pointers, with
// awaited arguments and an awaited member pointer itself.
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

struct Gauge {
  int level;
  int scale;
  int read(int k) const {
    std::printf("read %d*%d\n", level, k);
    return level * k;
  }
  int bump(int k) { return level += k; }
};

ASL_ASYNC asl::Task<Gauge> gauge(int v) {
  std::printf("gauge %d\n", v);
  co_await Hold{};
  co_return Gauge{v, 2};
}

static Gauge global{100, 1};
ASL_ASYNC asl::Task<Gauge *> gptr() {
  co_await Hold{};
  co_return &global;
}

ASL_ASYNC asl::Task<int Gauge::*> pick(bool lvl) {
  std::printf("pick\n");
  co_await Hold{};
  co_return lvl ? &Gauge::level : &Gauge::scale;
}

ASL_ASYNC asl::Task<int> run() {
  int Gauge::*pm = &Gauge::level;
  int (Gauge::*pr)(int) const = &Gauge::read;
  int (Gauge::*pb)(int) = &Gauge::bump;
  int a = (co_await gauge(5)).*pm;
  int b = ((co_await gauge(6)).*pr)(co_await num("k", 3));
  Gauge g{1, 1};
  int c = (g.*pb)(co_await num("b", 4));
  int d = (co_await gptr())->*pm;
  ((co_await gptr())->*pb)(co_await num("gb", 7));
  int e = g.*(co_await pick(false));
  g.*(co_await pick(true)) += co_await num("pl", 10);
  std::printf("%d %d %d %d %d %d %d\n", a, b, c, d, e, g.level, global.level);
  co_return a + b + c + d + e;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
