// g24: a local declared without initializer directly under a case label
// (no braces), assigned from awaits in that case and in a later one
// reached by a jump past its declaration; a goto forward past an
// uninitialized lifted scalar; do-while with continue to an awaiting
// condition; while with a class-type condition variable.
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

ASL_ASYNC asl::Task<std::unique_ptr<Tr>> next(int i) {
  co_await later(i);
  if (i >= 3)
    co_return nullptr;
  co_return std::make_unique<Tr>("item" + std::to_string(i));
}
ASL_ASYNC asl::Task<int> run(int k) {
  int out = 0;
  switch (k) {
  case 0:
    int x;
    x = co_await later(1);
    out += x;
    [[fallthrough]];
  case 1:
    x = co_await later(5);
    co_await later(x);
    out += x;
    break;
  default:
    out = -1;
  }
  if (k > 0)
    goto skip;
  {
    int y;
  skip:
    y = co_await later(7);
    out += y;
  }
  int n = 0;
  do {
    ++n;
    if (n % 2)
      continue;
    out += n;
  } while (co_await later(n) < 5);
  int i = 0;
  while (std::unique_ptr<Tr> p = co_await next(i++)) {
    co_await later(100 + i);
    std::printf("got %s\n", p->n.c_str());
  }
  co_return out;
}
ASL_ASYNC asl::Task<int> both() {
  int a = co_await run(0);
  int b = co_await run(1);
  co_return a * 100 + b;
}
int main() { std::printf("%d\n", drive(both())); }
