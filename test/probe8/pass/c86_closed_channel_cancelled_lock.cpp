// c86: failure paths of the primitives: a send to a closed channel throws
// channel_closed after resuming, a receive from a closed, drained channel
// gives nullopt, a lock wait ended by a token, a reset event awaited again.
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


ASL_ASYNC asl::Task<int> sender(asl::Channel<int> &ch) {
  int sent = 0;
  try {
    for (int i = 0;; ++i) {
      co_await ch.send(i);
      ++sent;
    }
  } catch (const asl::channel_closed &) {
    std::printf("sender saw close after %d\n", sent);
  }
  co_return sent;
}

ASL_ASYNC asl::Task<int> locker(asl::Mutex &m, asl::CancellationToken tok) {
  try {
    auto lock = co_await m.lock(tok);
    co_return 1;
  } catch (const asl::operation_cancelled &) {
    std::printf("lock wait cancelled\n");
    co_return -1;
  }
}

ASL_ASYNC asl::Task<int> pulses(asl::Event &ev, int n) {
  int seen = 0;
  for (int i = 0; i < n; ++i) {
    co_await ev;
    ev.reset();
    ++seen;
    std::printf("pulse %d\n", seen);
  }
  co_return seen;
}

int main() {
  asl::Channel<int> ch(2);
  auto s = sender(ch);
  auto r1 = ch.try_receive();
  auto r2 = ch.try_receive();
  std::printf("got %d %d\n", r1.value_or(-1), r2.value_or(-1));
  ch.close();
  std::printf("sent %d\n", asl::sync_wait(std::move(s)));
  int drained = 0;
  while (auto v = ch.try_receive()) {
    std::printf("left %d\n", *v);
    ++drained;
  }
  std::printf("drained %d\n", drained);

  asl::Mutex m;
  asl::CancellationSource src;
  auto held = asl::sync_wait([](asl::Mutex &mu) -> asl::Task<asl::MutexLock> {
    co_return co_await mu.lock();
  }(m));
  auto l = locker(m, src.token());
  src.cancel();
  std::printf("locker %d\n", asl::sync_wait(std::move(l)));
  held.unlock();

  asl::Event ev;
  auto p = pulses(ev, 3);
  for (int i = 0; i < 3; ++i)
    ev.set();
  std::printf("pulses %d\n", asl::sync_wait(std::move(p)));
}
