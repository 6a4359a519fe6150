// c24: events in arrays and vectors, awaited by index chosen by an await,
// a fan-in of waiters on one event, events as members of a struct.
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


struct Stage {
  asl::Event ready;
  int value = 0;
};

ASL_ASYNC asl::Task<int> waiter(asl::Event (&evs)[3], int i, int *log) {
  co_await evs[i];
  log[i] = i + 1;
  std::printf("waiter %d woke\n", i);
  co_return i;
}

ASL_ASYNC asl::Task<int> consume(Stage &s, std::string n) {
  co_await s.ready;
  std::printf("%s sees %d\n", n.c_str(), s.value);
  co_return s.value;
}

int main() {
  asl::Event evs[3];
  int log[3] = {0, 0, 0};
  std::vector<asl::Task<int>> ts;
  for (int i = 0; i < 3; ++i)
    ts.push_back(waiter(evs, i, log));
  evs[2].set();
  evs[0].set();
  evs[1].set();
  int s = 0;
  for (auto &t : ts)
    s += asl::sync_wait(std::move(t));
  std::printf("s=%d log=%d%d%d\n", s, log[0], log[1], log[2]);

  Stage st;
  auto a = consume(st, "a");
  auto b = consume(st, "b");
  auto c = consume(st, "c");
  st.value = 42;
  st.ready.set();
  std::printf("sum %d\n", asl::sync_wait(std::move(a)) +
                              asl::sync_wait(std::move(b)) +
                              asl::sync_wait(std::move(c)));
  auto pick = []() -> asl::Task<int> { co_return 1; };
  (void)pick;
  std::vector<asl::Event> many(4);
  auto chooser = [&]() -> asl::Task<int> {
    co_await many[static_cast<std::size_t>(co_await later(2))];
    co_return 2;
  };
  auto t = chooser();
  pump();
  many[2].set();
  std::printf("chose %d\n", asl::sync_wait(std::move(t)));
}
