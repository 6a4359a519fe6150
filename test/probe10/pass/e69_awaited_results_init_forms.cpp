// e69: awaited class results of a copy-only type initializing locals in
// every form (=, (), {}, const &, a structured binding, a by-value
// argument, an aggregate member, a member of an awaited prvalue): the
// copies and destructions match.
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

struct Tc {
  const char *n;
  explicit Tc(const char *s) : n(s) { std::printf("+%s\n", n); }
  Tc(const Tc &o) : n(o.n) { std::printf("+copy %s\n", n); }
  ~Tc() { std::printf("-%s\n", n); }
  int get() const { return 1; }
};
struct P {
  Tc a;
  int b;
};
ASL_ASYNC asl::Task<Tc> mk(const char *n) {
  co_await later(0);
  co_return Tc(n);
}
ASL_ASYNC asl::Task<P> mkp(const char *n) {
  co_await later(1);
  co_return P{Tc(n), 2};
}
int take(Tc t) { return t.get(); }
ASL_ASYNC asl::Task<int> app() {
  std::printf("-- a\n");
  Tc a = co_await mk("a");
  std::printf("-- b\n");
  Tc b(co_await mk("b"));
  std::printf("-- c\n");
  Tc c{co_await mk("c")};
  std::printf("-- d\n");
  const Tc &d = co_await mk("d");
  std::printf("-- e\n");
  auto [e1, e2] = co_await mkp("e");
  std::printf("-- f\n");
  int f = take(co_await mk("f"));
  std::printf("-- g\n");
  P g{co_await mk("g"), 3};
  std::printf("-- h\n");
  auto h = (co_await mkp("h")).a;
  std::printf("-- end\n");
  co_return a.get() + b.get() + c.get() + d.get() + e1.get() + e2 + f + g.b +
      h.get();
}
int main() { std::printf("%d\n", drive(app())); }
