// c59: increments and reads of one variable on both sides of an assignment
// with an await on the right, in orders C++17 defines (the right operand
// first): `a[i++] = co_await f(i)`, `*p++ = co_await g()`, `k <<= ...`.
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


ASL_ASYNC asl::Task<int> app() {
  int a[6] = {0, 0, 0, 0, 0, 0};
  int i = 0;
  a[i++] = co_await later(i);
  a[i++] = co_await now(i * 10);
  int j = 5;
  a[j--] += co_await later(j);
  std::printf("i=%d j=%d a=%d %d %d %d %d %d\n", i, j, a[0], a[1], a[2],
              a[3], a[4], a[5]);
  int k = 1;
  k = co_await later(k) + k;
  k <<= co_await now(k);
  std::printf("k=%d\n", k);
  std::string s = "x";
  s = s + std::to_string(co_await later(static_cast<int>(s.size())));
  std::printf("s=%s\n", s.c_str());
  int *p = a;
  *p++ = co_await later(9);
  *p = *(p - 1) + co_await now(1);
  std::printf("a0=%d a1=%d\n", a[0], a[1]);
  co_return i + j + k;
}

int main() { std::printf("r=%d\n", drive(app())); }
