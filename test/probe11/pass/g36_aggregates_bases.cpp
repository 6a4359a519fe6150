// g36: aggregates with base classes (C++17) initialized with awaits,
// nested aggregates with default member initializers, arrays of
// aggregates, an aggregate with a Tr and a reference member bound to a
// lifted local, returned by co_return {...}.
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

struct Base {
  Tr t;
  int b;
};
struct Derived : Base {
  int d = 7;
  std::string s;
};
struct Inner {
  int x;
  int y = 2;
};
struct Outer {
  Inner in;
  Tr name;
  int &ref;
};
struct Pair {
  Tr first;
  int second;
};
ASL_ASYNC asl::Task<Pair> mk() {
  co_return {Tr(co_await word("pf")), co_await later(12)};
}
ASL_ASYNC asl::Task<int> run() {
  Derived d{
      {Tr("base"), co_await later(1)}, co_await later(2), co_await word("s")};
  std::printf("d %s %d %d %s\n", d.t.n.c_str(), d.b, d.d, d.s.c_str());
  Derived e{{Tr(co_await word("base2")), 3}};
  int local = 5;
  Outer o{{co_await later(4)}, Tr("outer"), local};
  co_await later(6);
  o.ref += 1;
  Inner arr[3] = {{1}, {co_await later(8), co_await later(9)}};
  Pair p = co_await mk();
  std::printf("%d %d %d %d %s %d %d\n", e.d, o.in.x, o.in.y, local,
              p.first.n.c_str(), arr[1].y, arr[2].y);
  co_return d.b + e.b + arr[1].x + p.second;
}
int main() { std::printf("%d\n", drive(run())); }
