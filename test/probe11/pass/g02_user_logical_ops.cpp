// g02: user-defined operator&&, operator|| and operator, on a class type:
// no short-circuit, both operands evaluated (left first in C++17), with
// awaits on both sides and traced temporaries.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <any>
#include <array>
#include <atomic>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a copy gets a "'" and prints; a moved-from Tr is
// silent, so extra moves do not show (a documented deviation).
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  Tr &operator=(const Tr &o) {
    std::printf("%s=%s\n", n.c_str(), o.n.c_str());
    n = o.n + "=";
    return *this;
  }
  Tr &operator=(Tr &&o) noexcept {
    std::printf("%s<-%s\n", n.c_str(), o.n.c_str());
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Resumers of custom awaiters; pump() runs them and sets events, FIFO.
static std::deque<std::function<void()>> resumers;
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      auto f = std::move(resumers.front());
      resumers.pop_front();
      f();
    }
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

struct B {
  bool v;
  std::string n;
  B(bool b, std::string s) : v(b), n(std::move(s)) {
    std::printf("+B %s\n", n.c_str());
  }
  B(const B &o) : v(o.v), n(o.n + "'") { std::printf("+B %s\n", n.c_str()); }
  ~B() { std::printf("-B %s\n", n.c_str()); }
};
B operator&&(const B &a, const B &b) {
  std::printf("and %s %s\n", a.n.c_str(), b.n.c_str());
  return B(a.v && b.v, "(" + a.n + "&" + b.n + ")");
}
B operator||(const B &a, const B &b) {
  std::printf("or %s %s\n", a.n.c_str(), b.n.c_str());
  return B(a.v || b.v, "(" + a.n + "|" + b.n + ")");
}
B operator,(const B &a, const B &b) {
  std::printf("comma %s %s\n", a.n.c_str(), b.n.c_str());
  return B(b.v, "(" + a.n + "," + b.n + ")");
}
ASL_ASYNC asl::Task<B> mk(bool v, std::string n) {
  std::printf("mk %s\n", n.c_str());
  co_await later(0);
  co_return B(v, n);
}
B plain(bool v, const char *n) { return B(v, n); }
ASL_ASYNC asl::Task<int> run() {
  B r1 = co_await mk(false, "a") && co_await mk(true, "b");
  std::printf("r1 %d %s\n", r1.v, r1.n.c_str());
  B r2 = plain(true, "c") || co_await mk(false, "d");
  std::printf("r2 %d %s\n", r2.v, r2.n.c_str());
  B r3 = (plain(false, "e"), co_await mk(true, "f"), plain(false, "g"));
  std::printf("r3 %d %s\n", r3.v, r3.n.c_str());
  int hits = 0;
  if ((co_await mk(false, "h") || plain(false, "i")).v)
    hits += 1;
  else
    hits += 10;
  while ((plain(true, "j") && co_await mk(hits < 30, "k")).v)
    hits += 10;
  const B &r4 =
      co_await mk(true, "l") && (plain(true, "m") || co_await mk(false, "n"));
  std::printf("r4 %s\n", r4.n.c_str());
  co_return hits;
}
int main() { std::printf("%d\n", drive(run())); }
