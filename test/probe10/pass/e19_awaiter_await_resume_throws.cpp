// e19: hand-written awaiters whose await_resume throws (after suspending
// and when ready), whose await_ready throws, whose await_suspend returns
// false or throws; each exception caught by the right handler with Tr
// locals unwinding.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <any>
#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a moved-from Tr is silent, so extra moves do not show.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// later(v) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
ASL_ASYNC asl::Task<int> now(int v) {
  std::printf("now %d\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<std::string> word(std::string s) {
  std::printf("word %s\n", s.c_str());
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return s;
}
ASL_ASYNC asl::Task<bool> flag(const char *tag, bool b) {
  std::printf("flag %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return b;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}

static std::deque<std::function<void()>> parked;

struct Gate {
  int mode;
  bool await_ready() {
    std::printf("ready? %d\n", mode);
    if (mode == 3)
      throw std::runtime_error("ready threw");
    return mode == 1;
  }
  template <class H> bool await_suspend(H h) {
    std::printf("suspend %d\n", mode);
    if (mode == 2)
      return false;
    if (mode == 4)
      throw std::out_of_range("suspend threw");
    parked.push_back([h]() mutable { h.resume(); });
    return true;
  }
  int await_resume() {
    std::printf("resume %d\n", mode);
    if (mode == 0 || mode == 1)
      throw std::logic_error("resume threw " + std::to_string(mode));
    return mode * 10;
  }
};

ASL_ASYNC asl::Task<int> use(int mode) {
  Tr t("use" + std::to_string(mode));
  try {
    Tr inner("inner" + std::to_string(mode));
    int v = co_await Gate{mode} + co_await later(mode);
    std::printf("v %d\n", v);
    co_return v;
  } catch (const std::logic_error &e) {
    std::printf("logic %s\n", e.what());
  } catch (const std::runtime_error &e) {
    std::printf("runtime %s\n", e.what());
  }
  co_return -mode;
}

ASL_ASYNC asl::Task<int> app() {
  int s = 0;
  for (int m = 0; m <= 4; ++m) {
    try {
      s += co_await use(m);
    } catch (const std::exception &e) {
      std::printf("app %s\n", e.what());
    }
  }
  co_return s;
}

int main() {
  asl::Task<int> t = app();
  while (!parked.empty() || !waiting.empty()) {
    while (!parked.empty()) {
      auto f = std::move(parked.front());
      parked.pop_front();
      f();
    }
    pump();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
