// A connection state machine held in std::variant; each step awaits and
// replaces the variant with the next state.
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

struct Idle {};
struct Connecting { int attempt; };
struct Open { std::string peer; };
struct Closed { std::string why; };
using State = std::variant<Idle, Connecting, Open, Closed>;

ASL_ASYNC asl::Task<State> step(State s) {
  if (std::holds_alternative<Idle>(s))
    co_return Connecting{1};
  if (auto *c = std::get_if<Connecting>(&s)) {
    bool ok = co_await yes("connect", c->attempt >= 3);
    if (ok)
      co_return Open{"peer" + std::to_string(c->attempt)};
    co_return Connecting{c->attempt + 1};
  }
  if (auto *o = std::get_if<Open>(&s)) {
    std::string bye = co_await text("bye " + o->peer);
    co_return Closed{bye};
  }
  co_return s;
}

ASL_ASYNC asl::Task<int> run() {
  State s = Idle{};
  int steps = 0;
  while (!std::holds_alternative<Closed>(s)) {
    s = co_await step(std::move(s));
    ++steps;
    std::printf("state %zu\n", s.index());
  }
  std::printf("%s\n", std::get<Closed>(s).why.c_str());
  co_return steps;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
