// c82: c80 without the coroutine lambda inside an async template (refused
// there): a template retry helper given coroutine lambdas making tasks.
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


template <class F>
ASL_ASYNC asl::Task<int> retry(F make, int tries) {
  for (int i = 0;; ++i) {
    try {
      co_return co_await make(i);
    } catch (const std::exception &e) {
      std::printf("attempt %d failed: %s\n", i, e.what());
      if (i + 1 == tries)
        throw;
    }
  }
}

ASL_ASYNC asl::Task<int> app() {
  int calls = 0;
  int r = co_await retry(
      [&calls](int attempt) -> asl::Task<int> {
        ++calls;
        co_await later(attempt);
        if (attempt < 2)
          throw std::runtime_error("flaky");
        co_return 42;
      },
      5);
  int t = 12;
  double d = 2.0;
  int g = 0;
  try {
    g = co_await retry(
        [](int a) -> asl::Task<int> {
          co_await later(a);
          throw std::logic_error("always");
        },
        2);
  } catch (const std::logic_error &e) {
    std::printf("gave up: %s\n", e.what());
  }
  std::printf("r=%d calls=%d t=%d d=%.1f g=%d\n", r, calls, t, d, g);
  co_return r + t;
}

int main() { std::printf("r=%d\n", drive(app())); }
