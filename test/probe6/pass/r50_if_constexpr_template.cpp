// An async function template with `if constexpr` branches holding
// different awaits and different lifted locals per instantiation, and a
// trait-based dispatch on the awaited result's type.
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

template <class V> ASL_ASYNC asl::Task<std::string> render(V v) {
  if constexpr (std::is_integral_v<V>) {
    int doubled = co_await num("int", static_cast<int>(v) * 2);
    co_return "i" + std::to_string(doubled);
  } else if constexpr (std::is_same_v<V, std::string>) {
    std::string up = v;
    for (char &c : up)
      c = static_cast<char>(c - 32);
    co_await Hold{};
    co_return "s" + up;
  } else {
    T t("other");
    co_await Hold{};
    co_return "o" + std::to_string(sizeof(V));
  }
}

ASL_ASYNC asl::Task<int> run() {
  std::string a = co_await render(21);
  std::string b = co_await render(std::string("abc"));
  std::string c = co_await render(2.5);
  std::string d = co_await render(static_cast<short>(4));
  std::printf("%s %s %s %s\n", a.c_str(), b.c_str(), c.c_str(), d.c_str());
  co_return static_cast<int>(a.size() + b.size() + c.size() + d.size());
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
