// Checks lambdas called at once, or passed to a call, before an await of
// the same full-expression: in a condition beside && and ||, as the
// condition of ?:, as a call's argument, an operand of +, an element of
// braced lists, the object of a member call on the result, and passed to
// calls evaluated before the await or beside an awaited argument. Those
// that capture by reference are called before the await and only their
// results are kept; those that capture by copy keep their closure, made
// before the await, to the end of the full-expression, as natively. The
// traced type prints its copies and deaths: one copy each, the copy dying
// after the await. A member function's lambdas copy the object or `this`.
#include <asl/event.h>
#include <asl/task.h>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <string>
#include <vector>

// Tr prints its copies and deaths; a moved-from Tr is silent.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("  +%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("  +%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("  -%s\n", n.c_str());
  }
};

static std::deque<asl::Event *> waiting;
void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}

ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("  later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  std::printf("  later %d resumes\n", v);
  co_return v;
}

ASL_ASYNC asl::Task<bool> flag(bool b) {
  co_return co_await later(b ? 1 : 0) != 0;
}

int add(int a, int b) { return a + b; }
template <class F> int call(F f, int v) { return f() + v; }
template <class F> int peek(const F &f) { return f(); }

struct Pair {
  int a;
  int b;
};

// Copies of the object, and `[=, this]` (C++20), whose kept lambda C++17
// writes without the capture of `this`.
struct Meter {
  int base = 5;
  ASL_ASYNC asl::Task<int> read(int v);
};

ASL_ASYNC asl::Task<int> Meter::read(int v) {
  int a = [*this] { return base; }() + co_await later(v);
  int b = [=, this] { return base + v; }() + co_await later(v);
  co_return a + b;
}

ASL_ASYNC asl::Task<int> shapes() {
  int x = 3;
  std::printf("&& by reference:\n");
  if ([&] { return x > 2; }() && co_await flag(true))
    std::printf("  taken\n");
  std::printf("|| by reference:\n");
  if ([&] { return x > 5; }() || co_await flag(false))
    std::printf("  not taken\n");
  std::printf("?: by copy:\n");
  int c = [x] { return x > 2; }() ? co_await later(7) : 0;
  std::printf("  c = %d\n", c);
  std::printf("call argument:\n");
  int d = add([&] { return x * 2; }(), co_await later(1));
  std::printf("  d = %d\n", d);
  std::printf("binary operand, by copy:\n");
  int e = [x]() mutable { return ++x; }() + co_await later(2);
  std::printf("  e = %d, x = %d\n", e, x);
  std::printf("braced initializer:\n");
  Pair p{[&] { return x + 10; }(), co_await later(3)};
  std::printf("  p = %d %d\n", p.a, p.b);
  std::vector<int> v{[&] { return x; }(), co_await later(4)};
  std::printf("  v = %d %d\n", v[0], v[1]);
  std::printf("member call on the result:\n");
  std::string s = "abc";
  auto n = [&] { return s + "d"; }().size() + co_await later(5);
  std::printf("  n = %zu\n", n);
  std::printf("lambda passed to a call:\n");
  auto m = std::count_if(v.begin(), v.end(), [&](int i) { return i > x; }) +
           co_await later(6);
  std::printf("  m = %ld\n", static_cast<long>(m));
  auto k = call([x] { return x; }, 1) + co_await later(8);
  std::printf("  k = %d\n", k);
  std::printf("a traced copy:\n");
  Tr t("t");
  int len = [t] { return static_cast<int>(t.n.size()); }() + co_await later(9);
  std::printf("  len = %d\n", len);
  std::printf("a traced copy in a condition:\n");
  if ([t] { return !t.n.empty(); }() && co_await flag(true))
    std::printf("  taken\n");
  std::printf("closures beside an awaited argument:\n");
  int g = call([&] { return x; }, co_await later(11));
  int h = call([t] { return static_cast<int>(t.n.size()); },
               co_await later(12));
  std::printf("  g = %d, h = %d\n", g, h);
  std::printf("a closure bound to a reference:\n");
  int i = peek([t] { return static_cast<int>(t.n.size()); }) +
          co_await later(13);
  std::printf("  i = %d\n", i);
  std::printf("a string copied:\n");
  auto w = [s] { return s + "!"; }() + std::to_string(co_await later(10));
  std::printf("  w = %s\n", w.c_str());
  co_return c + d + e + len + g + h + i;
}

int main() {
  asl::Task<int> t = shapes();
  pump();
  std::printf("r=%d\n", asl::sync_wait(std::move(t)));
  Meter m;
  asl::Task<int> u = m.read(20);
  pump();
  std::printf("r=%d\n", asl::sync_wait(std::move(u)));
}
