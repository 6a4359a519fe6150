// c32: assignment chains and compound assignment through pointers, members
// and references chosen by awaits; `a = b = co_await c`; `x op= co_await`
// on every operator.
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


struct Acc {
  int v = 0;
  std::string log;
};

ASL_ASYNC asl::Task<Acc *> target(Acc *accs, int i) {
  std::printf("target %d\n", i);
  co_await later(i);
  co_return &accs[i];
}

ASL_ASYNC asl::Task<int> app() {
  Acc accs[3];
  int a = 0, b = 0, c = 0;
  a = b = c = co_await later(7);
  (co_await target(accs, 1))->v = co_await now(5);
  (co_await target(accs, 2))->v += co_await later(3);
  (co_await target(accs, 2))->log += co_await word("x");
  Acc &r = *co_await target(accs, 0);
  r.v = 100;
  r.v -= co_await now(1);
  r.v *= co_await now(2);
  r.v /= co_await later(3);
  r.v %= co_await now(50);
  r.v <<= co_await later(2);
  r.v >>= co_await now(1);
  r.v |= co_await later(1);
  r.v &= co_await now(0xff);
  r.v ^= co_await later(0x10);
  int *pv = &accs[1].v;
  *pv = *pv + co_await later(1000);
  double d = 1.5;
  d *= co_await now(4);
  std::string s = "s";
  s = s + co_await word("t") + s;
  std::printf("%d %d %d | %d %d %d %s | %.1f %s\n", a, b, c, accs[0].v,
              accs[1].v, accs[2].v, accs[2].log.c_str(), d, s.c_str());
  co_return a + accs[0].v;
}

int main() { std::printf("r=%d\n", drive(app())); }
