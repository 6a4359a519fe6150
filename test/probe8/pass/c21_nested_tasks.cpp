// c21: nested tasks: a task whose result is a task (awaited twice, `co_await
// co_await f()`), a task of a reference, a task of an optional task.
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


ASL_ASYNC asl::Task<int> inner(int v) {
  co_await later(v);
  std::printf("inner %d done\n", v);
  co_return v + 1;
}

ASL_ASYNC asl::Task<asl::Task<int>> outer(int v) {
  co_await later(100 + v);
  std::printf("outer %d made inner\n", v);
  co_return inner(v);
}

static int store[3] = {1, 2, 3};

ASL_ASYNC asl::Task<int &> slot(int i) {
  co_await later(i);
  co_return store[i];
}

ASL_ASYNC asl::Task<std::optional<asl::Task<int>>> maybe(bool b) {
  co_await later(7);
  if (!b)
    co_return std::nullopt;
  co_return inner(70);
}

ASL_ASYNC asl::Task<int> app() {
  int a = co_await co_await outer(1);
  asl::Task<int> t = co_await outer(2);
  int b = co_await now(3);
  int c = co_await t;
  co_await slot(1) += 40;
  int &ref = co_await slot(2);
  ref = co_await later(9);
  int d = 0;
  if (auto m = co_await maybe(true))
    d = co_await std::move(*m);
  if (auto m = co_await maybe(false))
    d = -1;
  std::printf("%d %d %d %d store %d %d %d\n", a, b, c, d, store[0],
              store[1], store[2]);
  co_return a + b + c + d;
}

int main() { std::printf("r=%d\n", drive(app())); }
