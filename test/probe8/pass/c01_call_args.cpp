// c01: several awaits in one call's arguments, a constructor call and a
// braced initializer made of awaits, `co_return f(co_await a, co_await b)`.
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


struct Point {
  int x, y;
  Point(int a, int b) : x(a), y(b) { std::printf("Point(%d,%d)\n", a, b); }
};
struct Rect {
  Point tl;
  Point br;
  std::string name;
};

static int add3(int a, int b, int c) { return a * 100 + b * 10 + c; }
static std::string join(const std::string &a, int n, const std::string &b) {
  return a + "/" + std::to_string(n) + "/" + b;
}

ASL_ASYNC asl::Task<int> sum2(int a, int b) {
  co_return add3(0, co_await later(a), co_await now(b));
}

ASL_ASYNC asl::Task<std::string> app() {
  int v = add3(co_await later(1), co_await now(2), co_await later(3));
  std::printf("v=%d\n", v);
  Point p(co_await later(4), co_await later(5));
  Point q{co_await now(6), p.x + co_await later(7)};
  Rect r{Point(co_await later(8), 9), {q.y, co_await now(10)},
         co_await word("box")};
  std::printf("rect %s %d %d %d %d\n", r.name.c_str(), r.tl.x, r.tl.y,
              r.br.x, r.br.y);
  int s = co_await sum2(co_await later(1), co_await later(2)) +
          co_await sum2(3, 4);
  std::printf("s=%d\n", s);
  co_return join(co_await word("a"), co_await later(11) + v,
                 std::string(co_await word("b")) + "!");
}

int main() {
  std::string r = drive(app());
  std::printf("%s\n", r.c_str());
}
