// g68: statements without braces whose single sub-statement awaits: if /
// else if / else chains with awaits in conditions and bodies, while, for
// and do bodies that are one await statement, a declaration as an if's
// whole body (its own scope), a label on an awaiting statement, empty
// statements around awaits, case bodies without braces.
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

ASL_ASYNC asl::Task<int> run(int k) {
  int s = 0;
  if (k == 0)
    s += co_await later(1);
  else if (co_await later(k) == 1)
    s += co_await later(2);
  else if (k == 2)
    co_await later(3);
  else
    s -= co_await later(4);
  while (s < 5)
    s += co_await later(1);
  for (int i = 0; i < 2; ++i)
    co_await later(10 + i);
  do
    s += co_await later(1);
  while (s < 8);
  if (k >= 0)
    Tr t(co_await word("body"));
  std::printf("after if\n");
  ;
  co_await later(5);
  ;
label:
  s += co_await later(6);
  if (s < 20)
    goto label;
  switch (k)
  case 1:
    s += co_await later(7);
  co_return s;
}
ASL_ASYNC asl::Task<int> all() {
  int s = 0;
  for (int k = 0; k < 4; ++k)
    s += co_await run(k);
  co_return s;
}
int main() { std::printf("%d\n", drive(all())); }
