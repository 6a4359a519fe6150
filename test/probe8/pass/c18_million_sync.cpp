// c18: 1,000,000 synchronous awaits in a loop (tasks that complete at once,
// a set event, an awaiter that declines), constant stack, then async ones.
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


ASL_ASYNC asl::Task<long> inc(long v) { co_return v + 1; }

ASL_ASYNC asl::Task<std::string> tag(int i) {
  co_return i % 2 ? "o" : "e";
}

struct Ready {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) noexcept {}
  int await_resume() const noexcept { return v; }
};

ASL_ASYNC asl::Task<long> app() {
  long s = 0;
  for (int i = 0; i < 1000000; ++i)
    s = co_await inc(s);
  asl::Event set(true);
  long e = 0;
  for (int i = 0; i < 1000000; ++i) {
    co_await set;
    e += co_await Ready{1};
  }
  std::size_t len = 0;
  for (int i = 0; i < 1000000; ++i)
    len += (co_await tag(i)).size();
  std::printf("s=%ld e=%ld len=%zu\n", s, e, len);
  for (int i = 0; i < 3; ++i)
    s += co_await later(i);
  co_return s;
}

int main() { std::printf("r=%ld\n", drive(app())); }
