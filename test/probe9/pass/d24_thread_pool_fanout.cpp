// d24: fan-out to a thread pool: each task hops to the pool, computes,
// and the results are gathered with when_all; output printed only on the
// main thread so it is deterministic.
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


ASL_ASYNC asl::Task<long> crunch(asl::ThreadPool &pool, int id) {
  co_await pool.schedule();
  long s = 0;
  for (int i = 0; i <= id * 1000; ++i)
    s += i % 7;
  co_return s;
}
template <class F>
ASL_ASYNC asl::Task<long> gather(asl::ThreadPool &pool, int n, F weight) {
  std::vector<asl::Task<long>> ts;
  for (int i = 0; i < n; ++i)
    ts.push_back(crunch(pool, i));
  std::vector<long> rs = co_await asl::when_all(std::move(ts));
  long total = 0;
  for (std::size_t i = 0; i < rs.size(); ++i)
    total += weight(static_cast<int>(i)) * rs[i];
  co_return total;
}

int main() {
  asl::ThreadPool pool{3};
  long r = asl::sync_wait(gather(pool, 8, [](int i) { return i + 1L; }));
  std::printf("r=%ld\n", r);
}
