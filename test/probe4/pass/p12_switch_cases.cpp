// switch with an awaited condition and init-statement, awaits and RAII in
// case blocks, fallthrough, default in the middle, nested loop with break.
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

enum class Cmd { Start, Stop, Skip, Loop };

ASL_ASYNC asl::Task<Cmd> read_cmd(int i) {
  co_await Gate{};
  static const Cmd seq[] = {Cmd::Start, Cmd::Loop, Cmd::Skip, Cmd::Stop};
  co_return seq[i % 4];
}

ASL_ASYNC asl::Task<int> interpret(int n) {
  int acc = 0;
  for (int i = 0; i < n; ++i) {
    switch (R r("cmd" + std::to_string(i)); co_await read_cmd(i)) {
    case Cmd::Start: {
      R s("start");
      acc += co_await val("start", 1);
      [[fallthrough]];
    }
    default:
      std::printf("default-or-start\n");
      break;
    case Cmd::Loop:
      for (int j = 0;; ++j) {
        R l("loop" + std::to_string(j));
        if (co_await val("j", j) >= 2)
          break;
        acc += 10;
      }
      break;
    case Cmd::Skip:
      std::printf("skip\n");
      continue;
    case Cmd::Stop:
      co_await Gate{};
      std::printf("stop\n");
      co_return acc;
    }
    std::printf("after switch %d\n", i);
  }
  co_return acc;
}

int main() {
  auto t = interpret(6);
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
