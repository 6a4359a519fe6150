// g03: direct awaiters (no get_awaiter) with traced lifetimes: natively
// the awaiter, a temporary of the full-expression, dies at its end, after
// the later awaits of the same expression; await_ready true skips the
// suspension; await_suspend returning bool (false: resume at once) and
// void; an lvalue awaiter awaited twice.
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

struct Aw {
  int v;
  int mode; // 0: ready, 1: suspend (void), 2: bool false, 3: bool true
  Aw(int v, int m) : v(v), mode(m) { std::printf("+Aw%d\n", v); }
  Aw(const Aw &o) : v(o.v), mode(o.mode) { std::printf("+Aw%d'\n", v); }
  ~Aw() { std::printf("-Aw%d\n", v); }
  bool await_ready() const {
    std::printf("ready %d\n", v);
    return mode == 0;
  }
  template <class H> bool await_suspend(H h) {
    std::printf("suspend %d\n", v);
    if (mode == 2)
      return false;
    resumers.push_back([h] { h.resume(); });
    return true;
  }
  int await_resume() {
    std::printf("resume %d\n", v);
    return v;
  }
};
struct VAw {
  int v;
  explicit VAw(int x) : v(x) { std::printf("+VAw%d\n", v); }
  ~VAw() { std::printf("-VAw%d\n", v); }
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  Tr await_resume() { return Tr("vaw" + std::to_string(v)); }
};
int sum3(int a, int b, int c) {
  std::printf("sum3 %d %d %d\n", a, b, c);
  return a + b + c;
}
ASL_ASYNC asl::Task<int> run() {
  int s = sum3(co_await Aw(1, 1), co_await Aw(2, 0), co_await Aw(3, 2));
  std::printf("s %d\n", s);
  Aw named(4, 3);
  int t = co_await named + co_await named;
  std::printf("t %d\n", t);
  std::string joined = (co_await VAw(5)).n + (co_await VAw(6)).n;
  std::printf("joined %s\n", joined.c_str());
  Tr kept = co_await VAw(7);
  std::printf("kept %s\n", kept.n.c_str());
  co_return s + t +
      (co_await Aw(8, 2) > 0 ? co_await Aw(9, 1) : co_await Aw(10, 1));
}
int main() { std::printf("%d\n", drive(run())); }
