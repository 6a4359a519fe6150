// c10: try blocks inside loops with break/continue/co_return out of the try
// and out of its handler, awaits before and after, a retry loop.
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


static int attempts = 0;

ASL_ASYNC asl::Task<std::string> fetch(int id) {
  co_await later(id);
  if (++attempts % 3 != 0)
    throw std::runtime_error("flaky" + std::to_string(attempts));
  co_return "data" + std::to_string(id);
}

ASL_ASYNC asl::Task<std::string> with_retry(int id, int tries) {
  for (int i = 0;; ++i) {
    Tr guard("try" + std::to_string(i));
    try {
      co_return co_await fetch(id);
    } catch (const std::exception &e) {
      std::printf("retry %d: %s\n", i, e.what());
      if (i + 1 == tries)
        throw;
      continue;
    }
  }
}

ASL_ASYNC asl::Task<int> app() {
  int ok = 0;
  for (int id = 1; id <= 4; ++id) {
    Tr loop("loop" + std::to_string(id));
    try {
      std::string d = co_await with_retry(id, id == 2 ? 1 : 3);
      std::printf("got %s\n", d.c_str());
      if (id == 3)
        break;
      ++ok;
    } catch (const std::runtime_error &e) {
      std::printf("gave up %s\n", e.what());
      continue;
    }
    std::printf("end of %d\n", id);
  }
  int k = 0;
  while (true) {
    try {
      if (co_await later(k) == 2)
        co_return ok * 10 + k;
      ++k;
    } catch (...) {
      co_return -1;
    }
  }
}

int main() { std::printf("r=%d\n", drive(app())); }
