// c09: awaits in try blocks, an exception thrown after resumption, nested
// tries, rethrow, catch(...), a lifted local in each scope the throw leaves.
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


struct Oops : std::runtime_error {
  int code;
  Oops(const char *w, int c) : std::runtime_error(w), code(c) {}
};

ASL_ASYNC asl::Task<int> risky(int v) {
  Tr t("risky" + std::to_string(v));
  int got = co_await later(v);
  if (got % 3 == 0)
    throw Oops("three", got);
  if (got % 5 == 0)
    throw std::logic_error("five");
  co_return got;
}

ASL_ASYNC asl::Task<int> middle(int v) {
  Tr m("mid" + std::to_string(v));
  try {
    Tr in("in" + std::to_string(v));
    int r = co_await risky(v);
    co_return r + co_await now(1);
  } catch (const Oops &e) {
    std::printf("middle caught %s %d\n", e.what(), e.code);
    if (e.code > 5)
      throw;
    co_return -e.code;
  }
}

ASL_ASYNC asl::Task<int> app() {
  int sum = 0;
  for (int v : {1, 3, 5, 9, 7}) {
    int code = 0;
    try {
      try {
        Tr a("outer" + std::to_string(v));
        sum += co_await middle(v);
        std::printf("ok %d\n", v);
      } catch (const std::logic_error &e) {
        std::printf("logic %s\n", e.what());
        sum += 1000;
        throw std::runtime_error("converted");
      } catch (...) {
        std::printf("inner catch-all\n");
        throw;
      }
    } catch (const Oops &e) {
      std::printf("outer Oops %d\n", e.code);
      code = e.code;
    } catch (const std::exception &e) {
      std::printf("outer %s\n", e.what());
    }
    if (code)
      sum += co_await later(code * 10);
  }
  co_return sum;
}

int main() { std::printf("sum=%d\n", drive(app())); }
