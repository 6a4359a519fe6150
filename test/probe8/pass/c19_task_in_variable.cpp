// c19: C#'s `var t = FAsync(); ...; await t;`: a task held in a variable,
// started before other work, awaited later (as an lvalue and moved), tasks
// kept in a map and an optional.
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


ASL_ASYNC asl::Task<int> work(std::string n, int v) {
  std::printf("start %s\n", n.c_str());
  co_await later(v);
  std::printf("end %s\n", n.c_str());
  co_return v * 10;
}

ASL_ASYNC asl::Task<void> side(std::string n) {
  co_await later(0);
  std::printf("side %s\n", n.c_str());
}

ASL_ASYNC asl::Task<int> app() {
  asl::Task<int> a = work("a", 1);
  asl::Task<int> b = work("b", 2);
  asl::Task<void> s = side("s");
  int x = co_await now(5);
  int ra = co_await a;
  int rb = co_await std::move(b);
  co_await s;
  std::map<std::string, asl::Task<int>> pending;
  pending.emplace("c", work("c", 3));
  pending.emplace("d", work("d", 4));
  int rc = 0;
  for (auto &[name, t] : pending) {
    int v = co_await t;
    std::printf("%s -> %d\n", name.c_str(), v);
    rc += v;
  }
  std::optional<asl::Task<int>> opt;
  if (x > 3)
    opt.emplace(work("e", 5));
  int re = opt ? co_await std::move(*opt) : 0;
  co_return ra + rb + rc + re + x;
}

int main() { std::printf("r=%d\n", drive(app())); }
