// c85: C-flavoured code ported to async: POSIX-style structs declared with
// `struct` (a timespec deadline, a config record), kept across awaits and
// updated between them, as a polling loop with a deadline would.
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


#include <ctime>

struct poll_config {
  int interval_ms;
  int max_polls;
};

ASL_ASYNC asl::Task<bool> poll_once(int n) {
  co_await later(n);
  co_return n == 3;
}

ASL_ASYNC asl::Task<int> wait_ready() {
  struct poll_config cfg = {250, 5};
  struct timespec deadline = {0, 0};
  deadline.tv_sec = 1;
  int polls = 0;
  while (polls < cfg.max_polls) {
    ++polls;
    if (co_await poll_once(polls))
      break;
    deadline.tv_nsec += cfg.interval_ms * 1000000L;
    if (deadline.tv_nsec >= 1000000000L) {
      deadline.tv_sec += 1;
      deadline.tv_nsec -= 1000000000L;
    }
  }
  std::printf("polls=%d deadline=%ld.%09ld\n", polls,
              static_cast<long>(deadline.tv_sec), deadline.tv_nsec);
  co_return polls;
}

int main() { std::printf("r=%d\n", drive(wait_ready())); }
