// c57: the order in which lifted and unlifted locals die when an exception
// thrown after resumption leaves nested scopes, relative to the handler's
// first statement; a local declared after the throw point is never built.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
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


ASL_ASYNC asl::Task<int> thrower(int v) {
  co_await later(v);
  throw std::runtime_error("t" + std::to_string(v));
}

ASL_ASYNC asl::Task<int> app() {
  int r = 0;
  try {
    Tr a("a");
    {
      Tr b("b");
      co_await later(0);
      {
        Tr c("c");
        r += co_await thrower(1);
        Tr never("never");
      }
    }
  } catch (const std::exception &e) {
    std::printf("handler %s\n", e.what());
  }
  try {
    Tr x("x");
    co_await later(2);
    Tr y("y");
    throw std::logic_error("direct");
  } catch (const std::logic_error &e) {
    std::printf("handler %s\n", e.what());
  }
  for (int i = 0; i < 2; ++i) {
    Tr loop("loop" + std::to_string(i));
    try {
      Tr in("in" + std::to_string(i));
      if (i == 1)
        co_await thrower(3);
      co_await later(i);
    } catch (...) {
      std::printf("caught in loop %d\n", i);
    }
  }
  co_return r;
}

int main() { std::printf("r=%d\n", drive(app())); }
