// e32: an exception thrown by an await in the middle of an aggregate, a
// std::array, a C array, call arguments, a vector's braced list and an
// expression: the temporaries and elements built before it are destroyed
// once, in reverse order (the vector case is finding 4: left out).
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
struct P {
  Tc a;
  int b;
  Tc c;
};
int two(const Tc &, int b) { return b; }
int three(Tc, int b, Tc) { return b; }
ASL_ASYNC asl::Task<int> boom(int v) {
  std::printf("boom %d\n", v);
  co_await later(v);
  throw std::runtime_error("boom");
}
ASL_ASYNC asl::Task<int> app() {
  int s = 0;
  try {
    P p{Tc("p1"), co_await boom(1), Tc("p2")};
    s += p.b;
  } catch (const std::exception &) {
    std::printf("c1\n");
  }
  try {
    s += two(Tc("t"), co_await boom(2));
  } catch (const std::exception &) {
    std::printf("c2\n");
  }
  try {
    std::array<Tc, 3> a{Tc("a0"), Tc("a1"), Tc(co_await boom(3) ? "x" : "y")};
  } catch (const std::exception &) {
    std::printf("c3\n");
  }
  try {
    Tc arr[3] = {Tc("b0"), Tc(co_await boom(4) ? "x" : "y"), Tc("b2")};
  } catch (const std::exception &) {
    std::printf("c4\n");
  }
  try {
    s += three(Tc("q0"), co_await boom(5), Tc("q2"));
  } catch (const std::exception &) {
    std::printf("c5\n");
  }

  try {
    const Tc &r = Tc("r");
    s += co_await boom(7) + r.get();
  } catch (const std::exception &) {
    std::printf("c7\n");
  }
  try {
    s += Tc("u").get() + co_await later(8) + co_await boom(8);
  } catch (const std::exception &) {
    std::printf("c8\n");
  }
  co_return s;
}
int main() { std::printf("%d\n", drive(app())); }
