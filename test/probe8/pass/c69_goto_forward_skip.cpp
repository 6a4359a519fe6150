// c69: goto forward over blocks that await, labels at the end of a loop
// body (C-style continue), a goto out of a try block, jumping past a
// nested scope's lifted locals.
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


ASL_ASYNC asl::Task<int> app() {
  int s = 0;
  for (int i = 0; i < 4; ++i) {
    Tr t("it" + std::to_string(i));
    if (i % 2)
      goto next;
    {
      Tr inner("inner" + std::to_string(i));
      s += co_await later(i);
    }
  next:
    s += 100;
  }
  try {
    Tr in("in-try");
    if (co_await flag("leave", true))
      goto out;
    std::printf("not here\n");
  } catch (...) {
    std::printf("not here either\n");
  }
out:
  std::printf("out s=%d\n", s);
  int n = 0;
  {
    Tr scope("scope");
    co_await later(1);
    if (n == 0)
      goto skip;
    {
      Tr never("never");
      co_await later(2);
    }
  }
skip:
  co_return s + n;
}

int main() { std::printf("r=%d\n", drive(app())); }
