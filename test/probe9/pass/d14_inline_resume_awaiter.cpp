// d14: hand-written awaiters: one resuming the handle inside await_suspend
// (before it returns), one declining (bool false), one ready, used in
// ternaries and loops with lifted locals; 20000 inline resumptions
// (200000 overflows the stack of the lowered g++ build; see README).
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


struct Inline {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  int await_resume() const noexcept { return v; }
};
struct Decline {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H) { return false; }
  int await_resume() const noexcept { return v + 1; }
};
struct Ready {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const noexcept { return v + 2; }
};

ASL_ASYNC asl::Task<long> app() {
  Tr t("keep");
  long s = 0;
  for (int i = 0; i < 20000; ++i)
    s += i % 3 == 0   ? co_await Inline{1}
         : i % 3 == 1 ? co_await Decline{1}
                      : co_await Ready{1};
  std::printf("%s s=%ld\n", t.n.c_str(), s);
  Tr u("mid");
  int x = co_await Inline{co_await Decline{co_await Ready{0}}};
  co_return s + x;
}

int main() { std::printf("%ld\n", asl::sync_wait(app())); }
