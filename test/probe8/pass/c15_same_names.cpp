// c15: same-named locals in nested and sibling scopes, shadowing a
// parameter's name inside a block, each living across awaits.
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


ASL_ASYNC asl::Task<int> app(int x) {
  int total = x;
  {
    int x = co_await later(10);
    Tr t("outer-t");
    {
      int x = co_await later(20);
      Tr t("inner-t");
      total += x;
      co_await now(0);
      std::printf("inner x=%d t=%s\n", x, t.n.c_str());
    }
    total += x;
    std::printf("mid x=%d t=%s\n", x, t.n.c_str());
  }
  for (int i = 0; i < 2; ++i) {
    std::string s = "a" + std::to_string(i);
    co_await later(i);
    for (int i = 5; i < 6; ++i) {
      std::string s = "b" + std::to_string(i);
      co_await later(i);
      std::printf("s=%s\n", s.c_str());
    }
    std::printf("s=%s i=%d\n", s.c_str(), i);
  }
  if (int v = co_await now(1)) {
    int w = v + co_await later(2);
    total += w;
  } else {
    int w = -1;
    total += w;
  }
  if (int v = co_await now(0)) {
    total += v;
  } else {
    int w = co_await later(3) * 100;
    total += w;
  }
  co_return total + x;
}

int main() { std::printf("r=%d\n", drive(app(1))); }
