// e68: an exception object of a copy-tracing class thrown after an await,
// caught by value in a lowered frame, rethrown with throw; and with
// throw t;, caught by reference two frames up: the copies match.
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
ASL_ASYNC asl::Task<int> thrower(int k) {
  co_await later(k);
  throw Tc("exc");
}
ASL_ASYNC asl::Task<int> mid(int k) {
  try {
    int v = co_await thrower(k);
    co_return v;
  } catch (Tc t) {
    std::printf("mid caught by value %s\n", t.n);
    if (k == 1)
      throw;
    if (k == 2)
      throw t;
  }
  co_return 0;
}
ASL_ASYNC asl::Task<int> app() {
  for (int k = 0; k < 3; ++k) {
    try {
      co_await mid(k);
      std::printf("ok %d\n", k);
    } catch (const Tc &t) {
      std::printf("app caught %s\n", t.n);
    }
  }
  co_return 0;
}
int main() { std::printf("%d\n", drive(app())); }
