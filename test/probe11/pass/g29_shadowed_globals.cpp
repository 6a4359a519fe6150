// g29: a lifted local in an inner scope shadows a global variable, a
// global function, a type, a namespace-scope enumerator and a data
// member of the class; the outer scope uses the global/member again
// after the inner scope ends (it must not see the lifted local).
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

static int g = 100;
static int total(int x) { return x + 1000; }
enum Mode { Fast = 1, Slow = 2 };
struct Counter {
  int count = 5;
  int step() { return 1; }
  ASL_ASYNC asl::Task<int> run() {
    int r = 0;
    {
      int count = co_await later(1);
      int step = co_await later(2);
      r += count + step;
    }
    r += count + step();
    co_await later(3);
    r += count * 10;
    co_return r;
  }
};
ASL_ASYNC asl::Task<int> run() {
  int r = 0;
  {
    int g = co_await later(7);
    int total = co_await later(8);
    int Fast = co_await later(9);
    r += g + total + Fast;
  }
  std::printf("g %d total %d Fast %d\n", g, total(1), Fast);
  co_await later(4);
  r += g + total(2) + Fast;
  for (int i = 0; i < 2; ++i) {
    double g = co_await later(i) + 0.5;
    r += static_cast<int>(g * 2);
  }
  r += g;
  Counter c;
  r += co_await c.run();
  co_return r;
}
int main() { std::printf("%d\n", drive(run())); }
