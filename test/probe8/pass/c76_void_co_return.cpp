// c76: `co_return` of a void expression in a void task (an awaited void
// task, a void conditional, a void function call), void tasks awaited in
// a loop with break from a switch inside it.
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


static int calls = 0;
static void note(const char *s) {
  ++calls;
  std::printf("note %s\n", s);
}

ASL_ASYNC asl::Task<void> ping(const char *s) {
  co_await later(0);
  note(s);
}

ASL_ASYNC asl::Task<void> relay(int mode) {
  if (mode == 0)
    co_return co_await ping("relay0");
  if (mode == 1)
    co_return note("relay1");
  co_return mode > 5 ? note("big") : note("small");
}

ASL_ASYNC asl::Task<int> app() {
  for (int m = 0; m < 3; ++m)
    co_await relay(m);
  int seen = 0;
  while (true) {
    switch (co_await later(seen)) {
    case 3:
      break;
    default:
      ++seen;
      continue;
    }
    std::printf("switch broke at %d\n", seen);
    break;
  }
  co_await relay(9);
  co_return calls * 10 + seen;
}

int main() { std::printf("r=%d\n", drive(app())); }
