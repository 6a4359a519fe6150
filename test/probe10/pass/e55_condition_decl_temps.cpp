// e55: declarations in if/while/switch conditions whose initializers make
// Tc temporaries next to awaits: the temporaries die when the condition
// is evaluated, before the body runs; the declared variable lives through
// the body and else branch.
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
  std::string n;
  explicit Tc(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tc(const Tc &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  ~Tc() { std::printf("-%s\n", n.c_str()); }
  int len() const { return static_cast<int>(n.size()); }
  explicit operator bool() const { return !n.empty(); }
};

ASL_ASYNC asl::Task<int> app() {
  int s = 0;
  if (int v = Tc("if").len() + co_await later(1); v > 2) {
    std::printf("then %d\n", v);
    s += co_await later(v);
  } else if (Tc w = Tc("elif" + std::to_string(co_await now(v)))) {
    std::printf("never\n");
  }
  int i = 0;
  while (int v = Tc("wh").len() - co_await later(i)) {
    std::printf("body %d\n", v);
    co_await now(v);
    ++i;
  }
  switch (Tc k("sw"); k.len() + Tc("tmp").len() * co_await later(1)) {
  case 5:
    std::printf("five %s\n", k.n.c_str());
    s += co_await now(5);
    break;
  default:
    break;
  }
  co_return s + i;
}

int main() { std::printf("result %d\n", drive(app())); }
