// d55: a C# timeout pattern: when_any of a work task and a timer task of
// different types, the variant result visited; the loser finishes later
// and its output appears after.
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


ASL_ASYNC asl::Task<std::string> work(asl::Event &done) {
  Tr t("work");
  co_await done;
  co_return "result";
}
ASL_ASYNC asl::Task<void> timer(asl::Event &tick) {
  co_await tick;
  std::printf("timer fired\n");
}

ASL_ASYNC asl::Task<int> attempt(asl::Event &done, asl::Event &tick) {
  auto r = co_await asl::when_any(work(done), timer(tick));
  if (r.index() == 0) {
    std::printf("work won: %s\n", std::get<0>(r).c_str());
    co_return 1;
  }
  std::printf("timeout\n");
  co_return 0;
}

int main() {
  asl::Event d1, t1, d2, t2;
  asl::Task<int> a = attempt(d1, t1);
  d1.set();
  std::printf("a=%d\n", asl::sync_wait(std::move(a)));
  t1.set();
  asl::Task<int> b = attempt(d2, t2);
  t2.set();
  std::printf("b=%d\n", asl::sync_wait(std::move(b)));
  d2.set();
  std::printf("end\n");
}
