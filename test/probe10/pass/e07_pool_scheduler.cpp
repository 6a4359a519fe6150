// e07: several tasks hopping onto the thread pool, each computing a
// chunk, a when_all over them, then results printed in order on the main
// thread (deterministic); a task that throws on the pool.
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

ASL_ASYNC asl::Task<long> chunk(asl::ThreadPool &pool, int lo, int hi) {
  co_await pool.schedule();
  long s = 0;
  for (int i = lo; i < hi; ++i) {
    s += static_cast<long>(i) * i;
    if (i % 50 == 0)
      co_await pool.yield();
  }
  if (lo < 0)
    throw std::domain_error("negative chunk");
  co_return s;
}

ASL_ASYNC asl::Task<long> total(asl::ThreadPool &pool, int n, int parts) {
  std::vector<asl::Task<long>> ts;
  for (int p = 0; p < parts; ++p)
    ts.push_back(chunk(pool, p * n / parts, (p + 1) * n / parts));
  std::vector<long> rs = co_await asl::when_all(std::move(ts));
  long s = 0;
  for (long r : rs)
    s += r;
  co_return s;
}

ASL_ASYNC asl::Task<int> bad(asl::ThreadPool &pool) {
  try {
    asl::Task<long> a = chunk(pool, 0, 10);
    asl::Task<long> b = chunk(pool, -5, 0);
    auto [x, y] = co_await asl::when_all(std::move(a), std::move(b));
    co_return static_cast<int>(x + y);
  } catch (const std::domain_error &e) {
    std::printf("caught %s\n", e.what());
  }
  co_return -1;
}

int main() {
  asl::ThreadPool pool{2};
  for (int parts : {1, 3, 7}) {
    long s = asl::sync_wait(total(pool, 1000, parts));
    std::printf("parts %d: %ld\n", parts, s);
  }
  std::printf("bad %d\n", asl::sync_wait(bad(pool)));
}
