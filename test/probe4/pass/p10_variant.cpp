// std::variant results: visit with lambdas after awaits, get on an awaited
// variant, holds_alternative in a condition with an await.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

using Msg = std::variant<int, std::string, R>;

ASL_ASYNC asl::Task<Msg> receive(int i) {
  co_await Gate{};
  switch (i % 3) {
  case 0:
    co_return Msg{i * 10};
  case 1:
    co_return Msg{std::string("text") + std::to_string(i)};
  default:
    co_return Msg{std::in_place_type<R>, "msg" + std::to_string(i)};
  }
}

ASL_ASYNC asl::Task<int> run() {
  int ints = 0;
  for (int i = 0; i < 6; ++i) {
    Msg m = co_await receive(i);
    std::visit(
        [&](auto &x) {
          using X = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<X, int>)
            ints += x;
          else if constexpr (std::is_same_v<X, std::string>)
            std::printf("string %s\n", x.c_str());
          else
            std::printf("R %s\n", x.name().c_str());
        },
        m);
    co_await Gate{};
    std::printf("end of %d\n", i);
  }
  if (std::holds_alternative<int>(co_await receive(3)))
    ints += std::get<int>(co_await receive(6));
  co_return ints;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
