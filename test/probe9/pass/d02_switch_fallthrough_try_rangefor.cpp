// d02: switch with fallthrough across awaits; a nested try inside a
// range-for inside a case; break out of the switch from the try.
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


struct Oops : std::runtime_error {
  int code;
  Oops(int c) : std::runtime_error("oops"), code(c) {}
};
ASL_ASYNC asl::Task<int> risky(int v) {
  int r = co_await later(v);
  if (r == 3)
    throw Oops(r);
  co_return r * 2;
}

ASL_ASYNC asl::Task<int> run(int k) {
  int acc = 0;
  Tr outer("outer" + std::to_string(k));
  switch (k) {
  case 0:
    acc += co_await later(100);
    [[fallthrough]];
  case 1: {
    Tr c1("case1");
    acc += co_await now(10);
    [[fallthrough]];
  }
  case 2:
    for (int v : std::vector<int>{1, 3, 5}) {
      Tr it("v" + std::to_string(v));
      try {
        acc += co_await risky(v);
      } catch (const Oops &e) {
        std::printf("caught %d\n", e.code);
        if (k == 2)
          break;
        acc += 1000;
        continue;
      }
      std::printf("after try %d\n", v);
    }
    break;
  default:
    acc = -1;
  }
  std::printf("k=%d acc=%d\n", k, acc);
  co_return acc;
}

ASL_ASYNC asl::Task<int> app() {
  int s = 0;
  for (int k = 0; k < 4; ++k)
    s += co_await run(k);
  co_return s;
}

int main() { std::printf("s=%d\n", drive(app())); }
