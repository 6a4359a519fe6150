// c12: co_return from nested scopes: the result is built before the lifted
// locals die; co_return of a lifted local (moved), of a member of one.
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


struct Box {
  Tr t;
  int v;
};

ASL_ASYNC asl::Task<Tr> pick(int which) {
  Tr a("a");
  co_await later(1);
  {
    Tr b("b");
    co_await later(2);
    if (which == 0)
      co_return a;
    if (which == 1)
      co_return std::move(b);
    {
      Tr c("c");
      co_await later(3);
      if (which == 2)
        co_return Tr(c.n + "!");
    }
  }
  co_return Tr("d");
}

ASL_ASYNC asl::Task<int> boxed(int v) {
  Box box{Tr("box"), v};
  co_await later(v);
  co_return box.v + static_cast<int>(box.t.n.size());
}

ASL_ASYNC asl::Task<int> app() {
  for (int i = 0; i < 4; ++i) {
    Tr r = co_await pick(i);
    std::printf("picked %s\n", r.n.c_str());
  }
  co_return co_await boxed(5);
}

int main() { std::printf("r=%d\n", drive(app())); }
