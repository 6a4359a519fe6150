// std::any results and locals across awaits: any_cast of awaited anys,
// an any holding a tracer replaced across a suspension, a bad_any_cast
// caught after a resumption.
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

ASL_ASYNC asl::Task<std::any> config(const char *key) {
  std::printf("config %s\n", key);
  co_await Hold{};
  if (std::string_view(key) == "port")
    co_return 8080;
  if (std::string_view(key) == "host")
    co_return std::string("localhost");
  co_return std::any{};
}

ASL_ASYNC asl::Task<int> run() {
  int port = std::any_cast<int>(co_await config("port"));
  std::any host = co_await config("host");
  std::any holder = std::make_any<T>("any-t");
  co_await Hold{};
  holder = co_await config("host");
  bool empty = !(co_await config("x")).has_value();
  int bad = 0;
  try {
    bad = std::any_cast<int>(co_await config("host"));
  } catch (const std::bad_any_cast &) {
    bad = -1;
  }
  std::printf("%d %s %s %d %d\n", port,
              std::any_cast<std::string &>(host).c_str(),
              std::any_cast<std::string>(holder).c_str(), empty, bad);
  co_return port + bad;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
