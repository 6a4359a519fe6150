// c62: class-typed condition declarations with awaits: a cursor with an
// explicit operator bool declared in while/if conditions (destroyed each
// iteration), a switch init-statement object, void awaits in comma and
// conditional expressions.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
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


struct Cursor {
  int at;
  std::string tag;
  explicit operator bool() const { return at >= 0; }
  ~Cursor() { std::printf("~Cursor %s\n", tag.c_str()); }
};

ASL_ASYNC asl::Task<Cursor> next(int &i) {
  co_await later(i);
  int at = i < 3 ? i : -1;
  ++i;
  co_return Cursor{at, "c" + std::to_string(at)};
}

ASL_ASYNC asl::Task<void> ping(const char *what) {
  co_await later(0);
  std::printf("ping %s\n", what);
}

ASL_ASYNC asl::Task<int> app() {
  int i = 0, s = 0;
  while (Cursor c = co_await next(i)) {
    s += c.at;
    co_await ping("in loop");
  }
  i = 1;
  if (Cursor c = co_await next(i))
    std::printf("if got %d\n", c.at);
  int x = (co_await ping("comma"), 5);
  co_await flag("which", true) ? co_await ping("then")
                               : co_await ping("else");
  (void)co_await later(4);
  static_cast<void>(co_await now(4));
  co_return s + x;
}

int main() { std::printf("r=%d\n", drive(app())); }
