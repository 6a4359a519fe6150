// c46: pointers to members selected by awaits, bit-fields assigned and
// compound-assigned from awaits, increments of awaited lvalues.
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


struct Rec {
  int a = 1;
  int b = 2;
  unsigned flags : 3;
  unsigned level : 5;
  int twice(int v) const { return v * 2 + a; }
};

ASL_ASYNC asl::Task<int Rec::*> field(bool first) {
  co_await later(first);
  co_return first ? &Rec::a : &Rec::b;
}

ASL_ASYNC asl::Task<Rec *> rec(Rec &r) {
  co_await later(9);
  co_return &r;
}

ASL_ASYNC asl::Task<int> app() {
  Rec r{};
  r.flags = 0;
  r.level = 0;
  r.*(co_await field(true)) = co_await later(10);
  (co_await rec(r))->*(co_await field(false)) += co_await now(5);
  int (Rec::*method)(int) const = &Rec::twice;
  int t = ((co_await rec(r))->*method)(co_await later(3));
  r.flags = static_cast<unsigned>(co_await later(5));
  r.level += static_cast<unsigned>(co_await now(30));
  r.level += static_cast<unsigned>(co_await now(3));
  ++(co_await rec(r))->a;
  (co_await rec(r))->b--;
  int arr[3] = {0, 0, 0};
  arr[co_await later(1)]++;
  ++arr[co_await now(2)];
  int neg = -co_await later(4) + ~co_await now(0) + !co_await later(0);
  std::printf("a=%d b=%d t=%d flags=%u level=%u arr=%d%d%d neg=%d\n", r.a,
              r.b, t, r.flags, r.level, arr[0], arr[1], arr[2], neg);
  co_return r.a + r.b;
}

int main() { std::printf("r=%d\n", drive(app())); }
