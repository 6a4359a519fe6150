// e26: switch with an init-statement declaring a Tr and awaiting, case
// bodies with their own blocks and awaits, fallthrough, default in the
// middle, a nested switch on an awaited value and a return from a case.
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

ASL_ASYNC asl::Task<int> classify(int x) {
  switch (Tr g("g" + std::to_string(x)); co_await later(x) % 4) {
  case 0: {
    Tr z("zero");
    co_await now(0);
    [[fallthrough]];
  }
  case 1:
    std::printf("zero or one\n");
    break;
  default:
    std::printf("default\n");
    [[fallthrough]];
  case 3:
    switch (co_await now(x / 4)) {
    case 0:
      co_return -1;
    default: {
      Tr inner("inner");
      if (co_await later(x) > 6)
        co_return 100 + x;
    }
    }
    break;
  }
  co_return x;
}

ASL_ASYNC asl::Task<int> app() {
  int s = 0;
  for (int x : {0, 1, 2, 3, 6, 7, 11, 12})
    s += co_await classify(x);
  co_return s;
}

int main() { std::printf("result %d\n", drive(app())); }
