// c27: the thread pool: hop onto it, compute in parallel with when_all,
// hop back results; output printed only from the main thread.
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


#include <numeric>

ASL_ASYNC asl::Task<long> chunk(asl::ThreadPool &pool, long from, long to) {
  co_await pool.schedule();
  long s = 0;
  for (long i = from; i < to; ++i)
    s += i % 7;
  co_return s;
}

ASL_ASYNC asl::Task<long> total(asl::ThreadPool &pool, int parts) {
  std::vector<asl::Task<long>> ts;
  for (int i = 0; i < parts; ++i)
    ts.push_back(chunk(pool, i * 100000L, (i + 1) * 100000L));
  std::vector<long> rs = co_await asl::when_all(std::move(ts));
  co_return std::accumulate(rs.begin(), rs.end(), 0L);
}

ASL_ASYNC asl::Task<std::string> mixed(asl::ThreadPool &pool) {
  std::string acc;
  for (int i = 0; i < 20; ++i) {
    co_await pool.schedule();
    acc += static_cast<char>('a' + i % 26);
    if (i % 5 == 0)
      co_await pool.yield();
  }
  auto [x, y] =
      co_await asl::when_all(chunk(pool, 0, 10), chunk(pool, 10, 20));
  co_return acc + std::to_string(x + y);
}

int main() {
  long r1 = 0, r3 = 0;
  std::string m;
  {
    asl::ThreadPool one(1);
    r1 = asl::sync_wait(total(one, 4));
  }
  {
    asl::ThreadPool three(3);
    r3 = asl::sync_wait(total(three, 8));
    m = asl::sync_wait(mixed(three));
  }
  std::printf("r1=%ld r3=%ld m=%s\n", r1, r3, m.c_str());
}
