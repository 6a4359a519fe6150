// e31: temporaries of many expression positions next to awaits: the
// condition of ?:, the left of &&, a subscript, a called lambda with an
// init-capture, a throw operand, new-expression arguments, a braced list
// evaluated before the await, casts; each must die at the end of the
// full-expression (Tc traces copies too).
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

struct Tc {
  const char *n;
  explicit Tc(const char *s) : n(s) { std::printf("+%s\n", n); }
  Tc(const Tc &o) : n(o.n) { std::printf("+copy %s\n", n); }
  ~Tc() { std::printf("-%s\n", n); }
  int get() const { return 1; }
  operator bool() const { return true; }
};
struct Err {
  int v;
};
int two(const Tc &, int b) { return b; }
int lst(std::initializer_list<Tc> l, int b) { return (int)l.size() + b; }
struct X {
  X(const Tc &, int v) : v(v) { std::printf("X\n"); }
  int v;
};
ASL_ASYNC asl::Task<int> app() {
  int s = 0;
  std::printf("A\n");
  s += Tc("a").get() ? co_await later(1) : 0;
  std::printf("B\n");
  s += Tc("b") && co_await later(2);
  std::printf("C\n");
  int arr[4] = {};
  arr[Tc("c").get()] = co_await later(3);
  std::printf("D\n");
  s += [t = Tc("d")] { return 1; }() + co_await later(4);
  std::printf("E\n");
  try {
    throw Err{Tc("e").get() + co_await later(5)};
  } catch (Err e) {
    s += e.v;
  }
  std::printf("F\n");
  X *x = new X(Tc("f"), co_await later(6));
  s += x->v;
  delete x;
  std::printf("G\n");
  s += lst({Tc("g1"), Tc("g2")}, co_await later(7));
  std::printf("H\n");
  s += static_cast<const Tc &>(Tc("h")).get() + co_await later(8);
  std::printf("I\n");
  s += (Tc("i1").get(), Tc("i2")).get() + co_await later(9);
  std::printf("J\n");
  s += two(Tc("j"), co_await later(10)) + arr[1];
  std::printf("K\n");
  co_return Tc("k").get() + co_await later(11) + s;
}
int main() { std::printf("%d\n", drive(app())); }
