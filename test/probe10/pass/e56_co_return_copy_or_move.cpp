// e56: co_return of names that C++20 moves (a local, a by-value
// parameter, a parenthesized local) and of names it copies (a structured
// binding, a reference, an rvalue reference, a static, a global, a const
// local, a ?: of locals); M prints each copy and move.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <any>
#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a moved-from Tr is silent, so extra moves do not show.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// later(v) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
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

#include <utility>
struct M {
  std::string n;
  explicit M(std::string s) : n(std::move(s)) {}
  M(const M &o) : n(o.n) { std::printf("copy %s\n", n.c_str()); }
  M(M &&o) noexcept : n(std::move(o.n)) { std::printf("move %s\n", n.c_str()); }
};
struct P2 {
  M a;
  M b;
};
static M global_m("global");
ASL_ASYNC asl::Task<M> by_binding() {
  auto [a, b] = P2{M("ba"), M("bb")};
  co_await later(1);
  co_return a;
}
ASL_ASYNC asl::Task<M> by_ref() {
  M x("rx");
  M &r = x;
  co_await later(2);
  co_return r;
}
ASL_ASYNC asl::Task<M> by_static() {
  static M s("st");
  co_await later(3);
  co_return s;
}
ASL_ASYNC asl::Task<M> by_param(M p) {
  co_await later(4);
  co_return p;
}
ASL_ASYNC asl::Task<M> by_global() {
  co_await later(5);
  co_return global_m;
}
ASL_ASYNC asl::Task<M> by_local_ternary(bool c) {
  M x("tx"), y("ty");
  co_await later(6);
  co_return c ? x : y;
}
ASL_ASYNC asl::Task<M> by_rref() {
  M x("rr");
  M &&r = std::move(x);
  co_await later(7);
  co_return r;
}
ASL_ASYNC asl::Task<M> by_const() {
  const M x("cx");
  co_await later(8);
  co_return x;
}
ASL_ASYNC asl::Task<M> by_paren() {
  M x("px");
  co_await later(9);
  co_return (x);
}
ASL_ASYNC asl::Task<int> app() {
  std::printf("-- binding\n");
  M a = co_await by_binding();
  std::printf("-- ref\n");
  M b = co_await by_ref();
  std::printf("-- static\n");
  M c = co_await by_static();
  std::printf("-- param\n");
  M d = co_await by_param(M("pp"));
  std::printf("-- global\n");
  M e = co_await by_global();
  std::printf("-- ternary\n");
  M f = co_await by_local_ternary(true);
  std::printf("-- rref\n");
  M g = co_await by_rref();
  std::printf("-- const\n");
  M h = co_await by_const();
  std::printf("-- paren\n");
  M i = co_await by_paren();
  co_return (int)(a.n.size() + b.n.size() + c.n.size() + d.n.size() +
                  e.n.size() + f.n.size() + g.n.size() + h.n.size() +
                  i.n.size());
}
int main() { std::printf("%d\n", drive(app())); }
