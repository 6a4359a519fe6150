// Checks awaits inside expressions of many shapes against the native
// build, in C++17's evaluation order and with native lifetimes: several
// awaits in one call's arguments and in co_return's, a member call on an
// awaited class prvalue, braced aggregate and list initializers, a
// constructor call, E1[E2], <<, ->* and .* calls, compound assignment and
// the right side of `=` first, overloaded operators (<<, =, [], (), comma,
// +=, +), std::max deducing from two awaits, new and new[] with awaits in
// the size and the initializer, delete of an awaited pointer, co_await of a
// ?: of tasks, co_await of an awaited Task<Task<int>>, and throw co_await.
// (An await cannot stand in a default argument or an unevaluated operand:
// the native build rejects those. The coroutine lambda's body is on lines
// of its own: with --line-directives, a nested coroutine lambda written on
// one line loses its ramp, a separate bug.)
#include <asl/task.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

static std::function<void()> pending;

template <class T> struct Ready {
  T v;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  T await_resume() {
    std::printf("  resume\n");
    return v;
  }
};
static Ready<int> ri(int v) {
  std::printf("  ri %d\n", v);
  return {v};
}

struct P {
  int a, b;
};
struct S {
  std::string n;
  S(std::string s) : n(std::move(s)) { std::printf("  +S %s\n", n.c_str()); }
  S(const S &o) : n(o.n) { std::printf("  +S copy %s\n", n.c_str()); }
  S(S &&o) : n(std::move(o.n)) { std::printf("  +S move %s\n", n.c_str()); }
  ~S() { std::printf("  -S %s\n", n.c_str()); }
  int len() const { return (int)n.size(); }
  int add(int x) const { return x + len(); }
  S operator+(const S &o) const { return S(n + o.n); }
  int operator[](int i) const { return n[i]; }
  int data = 5;
};
static int f3(int a, int b, int c) {
  std::printf("  f3 %d %d %d\n", a, b, c);
  return a * 100 + b * 10 + c;
}
struct Log {
  std::string text;
  Log &operator<<(int v) {
    std::printf("  << %d\n", v);
    text += std::to_string(v);
    return *this;
  }
  Log &operator=(int v) {
    std::printf("  = %d\n", v);
    text = std::to_string(v);
    return *this;
  }
  int operator[](int i) {
    std::printf("  [%d]\n", i);
    return i * 2;
  }
  int operator()(int a, int b) {
    std::printf("  (%d, %d)\n", a, b);
    return a - b;
  }
  Log &operator,(int v) {
    std::printf("  , %d\n", v);
    return *this;
  }
  int twice(int x) { return 2 * x; }
  Log &operator+=(int v) {
    std::printf("  += %d\n", v);
    return *this;
  }
};
static Log &log_ref(Log &l, const char *why) {
  std::printf("  log_ref %s\n", why);
  return l;
}

struct Node {
  int v;
  Node *next;
};
struct Box {
  int a;
  struct In {
    int x, y;
  } in;
  int arr[2];
};
static int *ptr_of(int *p) {
  std::printf("  ptr_of\n");
  return p;
}

static int noisy(int v) {
  std::printf("  noisy %d\n", v);
  return v;
}

ASL_ASYNC asl::Task<asl::Task<int>> nested() {
  co_return []() -> asl::Task<int> {
    co_return 77;
  }();
}
ASL_ASYNC asl::Task<int> val(int v) { co_return v; }

ASL_ASYNC asl::Task<int> operators() {
  Log log;
  std::puts("overloaded << chain");
  log_ref(log, "a") << noisy(1) << co_await ri(2) << noisy(3);
  std::puts("overloaded = right first");
  log_ref(log, "b") = co_await ri(4);
  std::puts("overloaded [] and ()");
  int r1 = log_ref(log, "c")[co_await ri(5)] + log(noisy(6), co_await ri(7));
  std::puts("overloaded ,");
  (log_ref(log, "d"), co_await ri(8)), noisy(9);
  std::puts("overloaded +=");
  log_ref(log, "e") += co_await ri(10);
  std::puts("pointer to member function");
  int (Log::*pmf)(int) = &Log::twice;
  int r2 = (log_ref(log, "f").*pmf)(co_await ri(11));
  std::puts("subscript compound");
  int arr[3] = {0, 0, 0};
  arr[noisy(1)] += co_await ri(12);
  *ptr_of(&arr[2]) -= co_await ri(1);
  std::puts("unary and casts");
  long r3 =
      -co_await ri(3) + static_cast<long>(co_await ri(4)) + !co_await ri(0);
  std::puts("nested braces");
  Box b{noisy(1), {co_await ri(2), noisy(3)}, {co_await ri(4), noisy(5)}};
  std::puts("new with await in size and init");
  int *many = new int[co_await ri(3)]{noisy(1), co_await ri(2)};
  Node *n = new Node{co_await ri(6), nullptr};
  std::puts("delete an awaited pointer");
  delete co_await Ready<Node *>{n};
  std::puts("pre/post increment of awaited index");
  int i = 0;
  arr[i++] = co_await ri(20) + i;
  std::printf("%s %d %d %d %d %d %d %ld %d %d %d %d %d %d %d\n",
              log.text.c_str(), r1, r2, arr[0], arr[1], arr[2], i, r3, b.a,
              b.in.x, b.in.y, b.arr[0], b.arr[1], many[0], many[1]);
  delete[] many;
  co_return r1 + r2;
}

ASL_ASYNC asl::Task<int> body() {
  std::puts("several in args");
  int r1 = f3(co_await ri(1), noisy(2), co_await ri(3));
  std::puts("member call on awaited");
  int r2 = (co_await Ready<S>{S("x")}).add(co_await ri(4));
  std::puts("braced");
  P p{co_await ri(5), noisy(6)};
  std::vector<int> v{noisy(7), co_await ri(8), noisy(9)};
  std::puts("ctor");
  S s(std::to_string(co_await ri(10)));
  std::puts("subscript");
  int arr[4] = {1, 2, 3, 4};
  int r3 = arr[co_await ri(2)] + s[co_await ri(0)];
  std::puts("shift");
  std::ostringstream os;
  os << noisy(1) << co_await ri(2) << noisy(3);
  std::puts("ptr to member");
  int S::*pm = &S::data;
  S *sp = &s;
  int r4 = sp->*pm + (co_await ri(1));
  std::puts("compound");
  int acc = 1;
  acc += co_await ri(10);
  arr[noisy(0)] = co_await ri(9);
  std::puts("overloaded");
  S t = s + S(std::to_string(co_await ri(3)));
  std::puts("max");
  int m = std::max(co_await ri(3), co_await ri(9));
  std::puts("new");
  std::unique_ptr<S> up(new S(std::to_string(co_await ri(42))));
  std::puts("conditional await");
  int q = co_await (acc > 5 ? val(1) : val(2));
  std::puts("nested await");
  int nn = co_await (co_await nested());
  std::puts("throw");
  try {
    if (acc > 0)
      throw co_await ri(13);
  } catch (int e) {
    std::printf("  caught %d\n", e);
  }
  std::printf("%d %d %d %d %d %d %d %s %d %d %d %s %d %s %d %d %s\n", r1, r2,
              p.a, p.b, v[1], r3, r4, os.str().c_str(), acc, arr[0], m,
              t.n.c_str(), q, up->n.c_str(), nn, (int)v.size(), s.n.c_str());
  co_return f3(co_await ri(1), noisy(2), co_await ri(3));
}

int main() {
  auto o = operators();
  while (!o.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("operators=%d\n", asl::sync_wait(std::move(o)));
  auto t = body();
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
