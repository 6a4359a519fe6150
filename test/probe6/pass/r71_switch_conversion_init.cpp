// switch on an awaited class converted implicitly to an enumeration, a
// switch with an init-statement whose condition awaits on the declared
// variable, and if-with-initializer holding a structured binding.
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

enum Code { Ok = 0, NotFound = 404, Err = 500 };
struct Resp {
  int raw;
  operator Code() const { return static_cast<Code>(raw); }
};

ASL_ASYNC asl::Task<Resp> fetch(int raw) {
  std::printf("fetch %d\n", raw);
  co_await Hold{};
  co_return Resp{raw};
}
ASL_ASYNC asl::Task<std::pair<bool, std::string>> lookup(bool f) {
  co_await Hold{};
  co_return std::pair<bool, std::string>{f, f ? "found" : "missing"};
}

ASL_ASYNC asl::Task<int> run() {
  int score = 0;
  for (int raw : {0, 404, 500}) {
    switch (co_await fetch(raw)) {
    case Ok:
      score += 1;
      break;
    case NotFound:
      score += 10;
      break;
    case Err:
      score += 100;
      break;
    }
  }
  switch (Resp r = co_await fetch(404); r.raw / co_await num("div", 100)) {
  case 4:
    score += 1000;
    break;
  default:
    break;
  }
  if (auto [ok, what] = co_await lookup(true); ok)
    std::printf("%s\n", what.c_str());
  if (auto [ok, what] = co_await lookup(false); !ok && co_await yes("y", 1))
    std::printf("%s\n", what.c_str());
  co_return score;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
