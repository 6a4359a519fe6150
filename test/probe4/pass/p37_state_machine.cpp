// A connection state machine: enum class state, switch inside while(true),
// goto-free transitions via assignment from awaited calls, an exception
// in one state routed to a handler outside the loop.
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

enum class St { Connect, Handshake, Send, Close, Done };
static const char *name(St s) {
  switch (s) {
  case St::Connect: return "connect";
  case St::Handshake: return "handshake";
  case St::Send: return "send";
  case St::Close: return "close";
  default: return "done";
  }
}

ASL_ASYNC asl::Task<St> step(St s, int &budget) {
  R r(std::string("step-") + name(s));
  co_await Gate{};
  if (--budget < 0)
    throw std::runtime_error(std::string("timeout in ") + name(s));
  switch (s) {
  case St::Connect: co_return St::Handshake;
  case St::Handshake: co_return St::Send;
  case St::Send: co_return budget % 2 ? St::Send : St::Close;
  default: co_return St::Done;
  }
}

ASL_ASYNC asl::Task<int> session(int budget) {
  R s("session");
  St st = St::Connect;
  int steps = 0;
  try {
    while (true) {
      R loop(std::string("in-") + name(st));
      switch (st) {
      case St::Done:
        co_return steps;
      case St::Send:
        std::printf("sending\n");
        [[fallthrough]];
      default:
        st = co_await step(st, budget);
        ++steps;
        break;
      }
    }
  } catch (const std::exception &e) {
    std::printf("aborted: %s after %d\n", e.what(), steps);
  }
  co_return -steps;
}

int main() {
  for (int b : {8, 3}) {
    auto t = session(b);
    drain();
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
}
