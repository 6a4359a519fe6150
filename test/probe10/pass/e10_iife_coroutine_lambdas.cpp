// e10: immediately invoked coroutine lambdas awaited at once, inside
// conditions, arguments and loops; capturing loop variables by copy and
// reference; one that throws.
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

int combine(int a, int b) { return a * 10 + b; }

ASL_ASYNC asl::Task<int> app() {
  int acc = 0;
  int x = co_await [&]() -> asl::Task<int> {
    Tr t("iife1");
    co_return co_await later(3) + acc;
  }();
  for (int i = 0; i < 3; ++i) {
    if (co_await [i]() -> asl::Task<bool> {
          co_return (co_await now(i)) % 2 == 0;
        }())
      acc += combine(i, co_await [&acc]() -> asl::Task<int> {
        co_return co_await later(acc);
      }());
  }
  try {
    co_await [x]() -> asl::Task<void> {
      Tr t("thrower");
      co_await later(x);
      throw std::runtime_error("iife " + std::to_string(x));
    }();
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  co_return x * 1000 + acc;
}

int main() { std::printf("result %d\n", drive(app())); }
