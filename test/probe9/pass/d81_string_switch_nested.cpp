// d81: a command dispatcher switching on a hashed string, a nested switch
// in one case, awaits in cases, fallthrough into an awaiting case, and a
// default that loops back with goto.
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


constexpr unsigned h(const char *s) {
  unsigned v = 5381;
  while (*s)
    v = v * 33 + static_cast<unsigned char>(*s++);
  return v;
}

ASL_ASYNC asl::Task<int> dispatch(std::string cmd, int arg) {
  int r = 0;
  int loops = 0;
retry:
  switch (h(cmd.c_str())) {
  case h("add"):
    r += co_await later(arg);
    break;
  case h("mul"):
    switch (arg % 3) {
    case 0:
      r = co_await now(arg) * 2;
      break;
    case 1:
      r += 7;
      [[fallthrough]];
    default:
      r += co_await later(arg) * 3;
    }
    break;
  case h("inc"):
    ++r;
    [[fallthrough]];
  case h("dec"):
    r -= co_await now(1);
    break;
  default:
    if (++loops < 2) {
      cmd = co_await word("add");
      goto retry;
    }
  }
  co_return r;
}

ASL_ASYNC asl::Task<int> app() {
  int s = 0;
  for (const char *c : {"add", "mul", "inc", "dec", "zzz"})
    for (int a = 0; a < 3; ++a)
      s = s * 7 % 100003 + co_await dispatch(c, a);
  co_return s;
}

int main() { std::printf("%d\n", drive(app())); }
