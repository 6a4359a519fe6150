// c54: temporaries in conditions with awaits die before the body runs;
// temporaries in a loop condition die each iteration; a temporary in a
// switch condition; a temporary in a return expression.
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


static int len(const Tr &t) { return static_cast<int>(t.n.size()); }

ASL_ASYNC asl::Task<int> app() {
  int r = 0;
  if (len(Tr("cond")) + co_await later(1) > 2) {
    std::printf("in if body\n");
    r += 1;
  }
  int i = 0;
  while (len(Tr("w" + std::to_string(i))) + co_await now(i) < 5) {
    std::printf("loop body %d\n", i);
    ++i;
  }
  switch (len(Tr("sw")) * co_await later(2)) {
  case 4:
    std::printf("case 4\n");
    break;
  default:
    std::printf("default\n");
  }
  for (int k = 0; len(Tr("f")) + k < co_await later(3); ++k)
    std::printf("for body %d\n", k);
  co_return r + len(Tr("ret")) + co_await now(10);
}

int main() { std::printf("r=%d\n", drive(app())); }
