// c56: co_return forms: a braced list of awaits, a conditional of awaits,
// a call of awaits, a comma-free aggregate, a moved lifted local, void
// tasks with early co_return, co_return of a member of an awaited object.
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


struct Rgb {
  int r, g, b;
};

ASL_ASYNC asl::Task<std::pair<int, std::string>> pair_of() {
  co_return {co_await later(1), co_await word("one")};
}

ASL_ASYNC asl::Task<Rgb> color() {
  co_return Rgb{co_await later(10), co_await now(20), 30};
}

ASL_ASYNC asl::Task<int> choose(bool b) {
  co_return b ? co_await later(2) : co_await now(3);
}

ASL_ASYNC asl::Task<std::vector<int>> listed() {
  co_return {co_await later(4), 5, co_await now(6)};
}

ASL_ASYNC asl::Task<void> maybe_log(int v) {
  if (v < 0)
    co_return;
  std::printf("log %d\n", co_await later(v));
}

ASL_ASYNC asl::Task<std::string> moved() {
  std::string s = co_await word("mv");
  s += "!";
  co_return std::move(s);
}

ASL_ASYNC asl::Task<int> member() {
  co_return (co_await color()).g + std::max(co_await later(1), 2);
}

ASL_ASYNC asl::Task<int> app() {
  auto [n, s] = co_await pair_of();
  Rgb c = co_await color();
  int a = co_await choose(true) + co_await choose(false);
  auto v = co_await listed();
  co_await maybe_log(-1);
  co_await maybe_log(7);
  std::string m = co_await moved();
  int mem = co_await member();
  std::printf("%d %s %d %d %d a=%d v=%zu m=%s mem=%d\n", n, s.c_str(), c.r,
              c.g, c.b, a, v.size(), m.c_str(), mem);
  co_return a + mem;
}

int main() { std::printf("r=%d\n", drive(app())); }
