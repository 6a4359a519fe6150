// d77: a ScopeExit<F> template holding a lambda, kept across awaits (a
// closure inside a namespace-scope template); several nested, one
// dismissed; an early co_return runs the rest.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <any>
#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
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


template <class F> struct ScopeExit {
  F f;
  bool active = true;
  ~ScopeExit() {
    if (active)
      f();
  }
};
template <class F> ScopeExit<F> on_exit(F f) { return ScopeExit<F>{f}; }

ASL_ASYNC asl::Task<int> run(bool early) {
  int log = 0;
  auto a = on_exit([&log] { std::printf("exit a log=%d\n", log); });
  log += co_await later(1);
  auto b = on_exit([] { std::printf("exit b\n"); });
  {
    auto c = on_exit([&log] { log += 100; std::printf("exit c\n"); });
    log += co_await now(2);
  }
  if (early)
    co_return log;
  auto d = on_exit([] { std::printf("exit d\n"); });
  d.active = co_await flag("keep d", false);
  co_return log + co_await later(3);
}

ASL_ASYNC asl::Task<int> app() {
  co_return co_await run(true) * 1000 + co_await run(false);
}

int main() { std::printf("%d\n", drive(app())); }
