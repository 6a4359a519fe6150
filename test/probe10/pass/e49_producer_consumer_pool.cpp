// e49: a producer and two consumers on the thread pool joined by a
// bounded channel; consumers sum what they receive; the total and the
// count are deterministic though the split is not (only totals printed).
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

ASL_ASYNC asl::Task<int> produce(asl::ThreadPool &pool,
                                 asl::Channel<int> &ch, int n) {
  co_await pool.schedule();
  for (int i = 1; i <= n; ++i)
    co_await ch.send(i);
  ch.close();
  co_return n;
}

ASL_ASYNC asl::Task<std::pair<long, int>> consume(asl::ThreadPool &pool,
                                                  asl::Channel<int> &ch) {
  co_await pool.schedule();
  long sum = 0;
  int cnt = 0;
  while (std::optional<int> v = co_await ch.receive()) {
    sum += *v;
    ++cnt;
  }
  co_return std::pair<long, int>{sum, cnt};
}

ASL_ASYNC asl::Task<long> app(asl::ThreadPool &pool) {
  asl::Channel<int> ch{4};
  asl::Task<std::pair<long, int>> c1 = consume(pool, ch);
  asl::Task<std::pair<long, int>> c2 = consume(pool, ch);
  asl::Task<int> p = produce(pool, ch, 500);
  auto [a, b, n] =
      co_await asl::when_all(std::move(c1), std::move(c2), std::move(p));
  std::printf("count %d of %d\n", a.second + b.second, n);
  co_return a.first + b.first;
}

int main() {
  asl::ThreadPool pool{2};
  std::printf("sum %ld\n", asl::sync_wait(app(pool)));
}
