// e52: a lifted local whose constructor throws after its argument was
// awaited (its member destroyed, not it), references extended through ?:
// and through a comma's right operand across awaits, and tasks destroyed
// while suspended with a spilled argument and an extended temporary.
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
#include <stdexcept>
struct Thrower {
  Tc t;
  Thrower(int v) : t("member") {
    if (v == 1)
      throw std::runtime_error("ctor");
  }
  ~Thrower() { std::printf("~Thrower\n"); }
};
ASL_ASYNC asl::Task<Tc> make(const char *n) {
  co_await later(0);
  co_return Tc(n);
}
int two(const Tc &, int b) { return b; }
asl::Event never;
ASL_ASYNC asl::Task<int> hang() {
  co_await never;
  co_return 1;
}
ASL_ASYNC asl::Task<int> stuck(int k) {
  Tc outer("outer");
  if (k == 0)
    co_return two(Tc("arg"), co_await hang());
  if (k == 1) {
    const Tc &r = Tc("ext");
    co_await never;
    co_return r.get();
  }
  co_return (Tc("c0"), co_await hang()) + two(Tc("x"), 1);
}
ASL_ASYNC asl::Task<int> app(bool c) {
  int s = 0;
  try {
    Thrower x(co_await later(1));
    s += 1;
  } catch (const std::exception &) {
    std::printf("caught ctor\n");
  }
  {
    const Tc &r = c ? Tc("a") : co_await make("b");
    co_await later(2);
    std::printf("r %s\n", r.n);
  }
  {
    const Tc &r = (co_await later(3), Tc("c"));
    co_await later(4);
    std::printf("r %s\n", r.n);
  }
  co_return s;
}
int main() {
  std::printf("%d\n", drive(app(true)));
  std::printf("%d\n", drive(app(false)));
  for (int k = 0; k < 2; ++k) {
    asl::Task<int> t = stuck(k);
    std::printf("drop %d\n", k);
  }
}
