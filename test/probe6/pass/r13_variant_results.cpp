// std::variant results: holds_alternative, get_if, index on awaited
// variants, a variant local reassigned from awaits across suspensions
// (its tracer alternative destroyed at the right time), std::visit with a
// named non-coroutine generic lambda.
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

using Msg = std::variant<int, std::string, T>;

ASL_ASYNC asl::Task<Msg> recv(int k) {
  std::printf("recv %d\n", k);
  co_await Hold{};
  if (k == 0)
    co_return Msg{42};
  if (k == 1)
    co_return Msg{std::string("hello")};
  co_return Msg{std::in_place_index<2>, "tmsg"};
}

ASL_ASYNC asl::Task<int> run() {
  Msg m = co_await recv(2);
  std::printf("index %zu\n", m.index());
  m = co_await recv(1);
  std::printf("now %s\n", std::get<std::string>(m).c_str());
  auto show = [](const auto &v) {
    using V = std::decay_t<decltype(v)>;
    if constexpr (std::is_same_v<V, int>)
      return v;
    else if constexpr (std::is_same_v<V, std::string>)
      return static_cast<int>(v.size());
    else
      return -1;
  };
  int total = 0;
  for (int k = 0; k < 3; ++k) {
    total += std::visit(show, co_await recv(k));
    co_await Hold{};
  }
  bool isint = std::holds_alternative<int>(co_await recv(0));
  if (auto *p = std::get_if<int>(&m))
    total += *p;
  else if (auto *s = std::get_if<std::string>(&m))
    total += static_cast<int>(s->size()) * co_await num("mul", 100);
  m = co_await recv(2);
  co_await Hold{};
  std::printf("%d %d\n", total, isint);
  co_return total;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
