// g51: the callee expression evaluated before the arguments (C++17):
// a call of a function pointer returned by a call, a call through an
// awaited std::function, a member call on an object returned by a call
// that prints, awaited arguments; new[] with an awaited size; a
// function-call operator of an awaited functor.
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

static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }
using Bin = int (*)(int, int);
static Bin choose(const char *why) {
  std::printf("choose %s\n", why);
  return why[0] == 'a' ? add : mul;
}
struct Acc {
  int base;
  int plus(int x) const { return base + x; }
};
static Acc makeAcc(int b) {
  std::printf("makeAcc %d\n", b);
  return Acc{b};
}
struct Scale {
  int k;
  int operator()(int x) const { return k * x; }
};
ASL_ASYNC asl::Task<std::function<int(int)>> fn() {
  co_await later(-1);
  co_return [](int x) { return x + 100; };
}
ASL_ASYNC asl::Task<Scale> scale() {
  co_await later(-2);
  co_return Scale{3};
}
ASL_ASYNC asl::Task<int> run() {
  int a = choose("add")(co_await later(1), co_await later(2));
  int b = choose("mul")(3, co_await later(4));
  int c = (co_await fn())(co_await later(5));
  int d = makeAcc(10).plus(co_await later(6));
  int e = (co_await scale())(co_await later(7));
  int *arr = new int[co_await later(3)]{};
  arr[2] = co_await later(8);
  int f = arr[2] + arr[0];
  delete[] arr;
  co_return a + b + c + d + e + f;
}
int main() { std::printf("%d\n", drive(run())); }
