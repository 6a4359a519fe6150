// g33: assignments into containers with awaits on both sides: the right
// operand first (C++17), m[co_await k()] = co_await v(), compound
// assignment, vector.at with an awaited index, a[i++] = co_await f(i),
// an overloaded operator= on a class whose left side is a call that
// prints, and swap of awaited references.
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

struct Cell {
  int v = 0;
  Cell &operator=(int x) {
    std::printf("Cell= %d\n", x);
    v = x;
    return *this;
  }
  Cell &operator+=(int x) {
    std::printf("Cell+= %d\n", x);
    v += x;
    return *this;
  }
};
static Cell cells[3];
static Cell &cellAt(int i) {
  std::printf("cellAt %d\n", i);
  return cells[i];
}
ASL_ASYNC asl::Task<std::string> key(const char *k) {
  std::printf("key %s\n", k);
  co_await later(0);
  co_return k;
}
ASL_ASYNC asl::Task<int> run() {
  std::map<std::string, int> m;
  m[co_await key("a")] = co_await later(1);
  m[co_await key("b")] += co_await later(2);
  m[co_await key("a")] *= co_await later(3);
  std::vector<int> v(4);
  v.at(co_await later(1)) = co_await later(9);
  int arr[4] = {};
  int i = 0;
  arr[i++] = co_await later(i + 10);
  arr[i++] = co_await later(i + 20);
  cellAt(co_await later(0)) = co_await later(7);
  cellAt(1) += co_await later(8);
  cellAt(2) = cellAt(co_await later(0)).v + co_await later(1);
  std::printf("m %d %d v %d arr %d %d i %d cells %d %d %d\n", m["a"], m["b"],
              v[1], arr[0], arr[1], i, cells[0].v, cells[1].v, cells[2].v);
  co_return m["a"] + v[1];
}
int main() { std::printf("%d\n", drive(run())); }
