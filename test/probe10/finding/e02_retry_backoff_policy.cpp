// e02: a retry policy class template with exponential backoff, driving an
// operation given as a lambda; rethrow with `throw;` in a catch after
// awaits, attempts traced with Tr, final failure propagated.
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

struct Backoff {
  int delay = 1;
  int next() { return delay *= 2; }
};

template <class Policy> struct Retry {
  int max;
  Policy policy{};
  template <class Op> ASL_ASYNC asl::Task<int> run(Op op) {
    for (int attempt = 1;; ++attempt) {
      Tr guard("attempt" + std::to_string(attempt));
      try {
        int v = co_await op(attempt);
        std::printf("ok at %d\n", attempt);
        co_return v;
      } catch (const std::runtime_error &e) {
        std::printf("fail %d: %s\n", attempt, e.what());
        if (attempt >= max)
          throw;
      }
      int d = policy.next();
      co_await later(d);
    }
  }
};

ASL_ASYNC asl::Task<int> flaky(int attempt, int succeed_at) {
  int v = co_await later(attempt * 100);
  if (attempt < succeed_at)
    throw std::runtime_error("flaky " + std::to_string(attempt));
  co_return v + 1;
}

ASL_ASYNC asl::Task<int> app() {
  Retry<Backoff> r{4};
  int a = co_await r.run([](int n) { return flaky(n, 3); });
  std::printf("a %d\n", a);
  Retry<Backoff> r2{2};
  try {
    int b = co_await r2.run([](int n) { return flaky(n, 5); });
    std::printf("b %d\n", b);
  } catch (const std::runtime_error &e) {
    std::printf("gave up: %s\n", e.what());
  }
  co_return a;
}

int main() { std::printf("result %d\n", drive(app())); }
