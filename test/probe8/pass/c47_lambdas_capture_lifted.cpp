// c47: ordinary (not coroutine) lambdas capturing lifted locals by
// reference and by value, called before and after awaits; an init-capture
// that awaits; a lambda returning a reference to a lifted local.
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
  int count = 0;
  std::vector<std::string> log;
  auto note = [&](const std::string &s) {
    log.push_back(s);
    return ++count;
  };
  note("start");
  int snap = co_await later(1);
  auto by_value = [snap, count] { return snap * 100 + count; };
  note("after " + std::to_string(snap));
  co_await later(2);
  int bv = by_value();
  auto init = [v = co_await later(3), w = std::string("w")] {
    return v + static_cast<int>(w.size());
  };
  auto &ref_log = [&]() -> std::vector<std::string> & { return log; }();
  ref_log.push_back("via ref");
  co_await now(0);
  note("end");
  int iv = init();
  std::printf("count=%d bv=%d iv=%d\n", count, bv, iv);
  for (auto &s : log)
    std::printf("log %s\n", s.c_str());
  auto sum = [&](auto... xs) { return (xs + ... + count); };
  co_return sum(co_await later(5), co_await now(6));
}

int main() { std::printf("r=%d\n", drive(app())); }
