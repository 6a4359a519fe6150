// c65: one expression with twenty awaits mixing operators, calls, a
// conditional and a short-circuit, checked against its plain value.
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


static int f3(int a, int b, int c) { return a * b - c; }

ASL_ASYNC asl::Task<long> app() {
  long v = co_await later(1) + co_await now(2) * co_await later(3) -
           f3(co_await later(4), co_await now(5), co_await later(6)) +
           (co_await flag("c", true) ? co_await later(7) : co_await now(8)) *
               (co_await later(9) % co_await now(4)) +
           ((co_await flag("a", false) && co_await flag("b", true))
                ? 1000
                : co_await later(10)) +
           std::max(co_await later(11), co_await now(12)) -
           (co_await later(13) << co_await now(1)) +
           static_cast<long>(co_await later(14)) * co_await now(15);
  long plain = 1 + 2 * 3 - f3(4, 5, 6) + 7 * (9 % 4) + 10 +
               std::max(11, 12) - (13 << 1) + 14L * 15;
  std::printf("v=%ld plain=%ld\n", v, plain);
  co_return v - plain;
}

int main() { std::printf("r=%ld\n", drive(app())); }
