// c11: goto out of nested scopes holding lifted locals, goto backwards past
// declarations, break out of a switch in a loop: destructor order.
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


ASL_ASYNC asl::Task<int> search(int target) {
  int found = -1;
  for (int i = 0; i < 3; ++i) {
    Tr row("row" + std::to_string(i));
    for (int j = 0; j < 3; ++j) {
      Tr cell("c" + std::to_string(i) + std::to_string(j));
      if (co_await later(i * 3 + j) == target) {
        found = i * 10 + j;
        goto done;
      }
    }
  }
done:
  std::printf("found %d\n", found);
  co_return found;
}

ASL_ASYNC asl::Task<int> again() {
  int n = 0;
again:
  {
    Tr t("attempt" + std::to_string(n));
    int v = co_await now(n);
    if (v < 2) {
      ++n;
      goto again;
    }
    Tr u("last");
    co_await later(v);
  }
  co_return n;
}

ASL_ASYNC asl::Task<int> app() {
  int r = co_await search(4) + co_await search(99);
  r += co_await again();
  for (int i = 0; i < 3; ++i) {
    Tr l("l" + std::to_string(i));
    switch (co_await later(i)) {
    case 1: {
      Tr c("case1");
      co_await now(1);
      break;
    }
    default:
      continue;
    }
    std::printf("after switch %d\n", i);
  }
  co_return r;
}

int main() { std::printf("r=%d\n", drive(app())); }
